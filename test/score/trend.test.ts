import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import { scoreTrend } from '../../src/score/trend.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { folderWith } from './responses-fixtures.js';

// Three rounds of one district, 2020 → 2021 → 2025, carried onto 2025 by two reviewed crosswalks:
//   2020 → 2021: capacity-building.1 → .1, capacity-building.2 → .2, actionable-data.1 → .1,
//                shared-accountability.3 → .3
//   2021 → 2025: capacity-building.1 → capacity-building.1 + .2 (split), actionable-data.1 → .1,
//                shared-accountability.3 → actionable-data.7 (moved); capacity-building.2 has no 2025 item.
// So 2020's capacity-building.1 lands in 2025 Capacity Building, 2020's actionable-data.1 and
// shared-accountability.3 in Actionable Data, and 2020's capacity-building.2 nowhere.
const district = 'Riverside USD';

function setting(): { dir: string; rounds: string[]; crosswalks: string[] } {
  const dir = folderWith({
    // 2020: CB.1 Urgent gap (1), CB.2 Strength (4), AD.1 Could be better (2), SA.3 OK for now (3); the rest
    // left blank.
    'y2020/lee.yaml': {
      rubric: '2020-assessment',
      name: 'Lee',
      district,
      date: '2020-10-01',
      all: null,
      ratings: {
        'capacity-building.1': 'urgent-gap',
        'capacity-building.2': 'strength',
        'actionable-data.1': 'could-be-better',
        'shared-accountability.3': 'ok-for-now',
      },
    },
    // 2021: Lee CB.1 2, AD.1 3, SA.3 3; Kim CB.1 3, AD.1 4, SA.3 Don't know; the rest blank.
    'y2021/lee.yaml': {
      rubric: '2021-planning',
      name: 'Lee',
      district,
      date: '2021-10-01',
      all: null,
      ratings: {
        'capacity-building.1': 'could-be-better',
        'actionable-data.1': 'ok-for-now',
        'shared-accountability.3': 'ok-for-now',
      },
    },
    'y2021/kim.yaml': {
      rubric: '2021-planning',
      name: 'Kim',
      district,
      date: '2021-10-02',
      all: null,
      ratings: {
        'capacity-building.1': 'ok-for-now',
        'actionable-data.1': 'strength',
        'shared-accountability.3': 'dont-know',
      },
    },
    // 2025: everything OK for now (3) but capacity-building.1 Strength (4).
    'y2025/lee.yaml': {
      name: 'Lee',
      district,
      date: '2025-10-01',
      all: 'ok-for-now',
      ratings: { 'capacity-building.1': 'strength' },
    },
  });
  const a = join(dir, '2020-2021.crosswalk.yml');
  const b = join(dir, '2021-2025.crosswalk.yml');
  writeFileSync(
    a,
    `version: 1
old: { rubric: 2020-assessment, edition: "2020" }
new: { rubric: 2021-planning, edition: "2021" }
items:
  - { old: [capacity-building.1], new: [capacity-building.1], kind: reworded }
  - { old: [capacity-building.2], new: [capacity-building.2], kind: reworded }
  - { old: [actionable-data.1], new: [actionable-data.1], kind: priority }
  - { old: [shared-accountability.3], new: [shared-accountability.3], kind: unchanged }
`,
  );
  writeFileSync(
    b,
    `version: 1
old: { rubric: 2021-planning, edition: "2021" }
new: { rubric: 2025-large-chart, edition: "4/10/25" }
items:
  - { old: [capacity-building.1], new: [capacity-building.1, capacity-building.2], kind: split }
  - { old: [capacity-building.2], new: [], kind: removed }
  - { old: [actionable-data.1], new: [actionable-data.1], kind: reworded }
  - { old: [shared-accountability.3], new: [actionable-data.7], kind: moved }
`,
  );
  return { dir, rounds: ['y2020', 'y2021', 'y2025'].map((r) => join(dir, r)), crosswalks: [b, a] };
}

describe('rubricate trend', () => {
  it('gives each ingredient its mean per round through chained crosswalks, worked by hand', async () => {
    const { rounds, crosswalks } = setting();
    const { trend } = await scoreTrend(rounds, { crosswalks, labels: [] });
    expect(trend.rubric).toMatchObject({ id: '2025-large-chart', edition: '4/10/25' });
    expect(trend.rounds.map((r) => [r.label, r.rubric, r.respondents, r.aligned, r.items])).toEqual([
      // 2020: CB.1, CB.2 (which 2025 lacks, so not aligned), AD.1, SA.3 → 3 of 34 aligned.
      ['y2020', '2020-assessment', 1, 3, 34],
      ['y2021', '2021-planning', 2, 3, 35],
      ['y2025', '2025-large-chart', 1, 45, 45],
    ]);
    const series = new Map(trend.ingredients.map((i) => [i.id, i]));
    // Capacity Building: 2020 [1] = 1; 2021 [2, 3] = 2.5; 2025 (4 + 7 × 3)/8 = 3.125.
    expect(series.get('capacity-building')).toMatchObject({
      means: [1, 2.5, 3.125],
      changes: [null, 1.5, 0.625],
    });
    // Actionable Data: 2020 [2, 3] = 2.5; 2021 [3, 4] + [3] (Kim's Don't know left out) = 10/3 = 3.333; 2025 3.
    expect(series.get('actionable-data')).toMatchObject({
      means: [2.5, 3.333, 3],
      changes: [null, 0.833, -0.333],
    });
    // Positive Engagement: nothing of 2020 or 2021 carried over.
    expect(series.get('positive-engagement')).toMatchObject({
      means: [null, null, 3],
      changes: [null, null, null],
    });
    // All aligned items: 2020 (1 + 2 + 3)/3 = 2; 2021 (2 + 3 + 3 + 3 + 4)/5 = 3; 2025 (4 + 44 × 3)/45 = 3.022.
    expect(trend.overall).toEqual({ means: [2, 3, 3.022], changes: [null, 1, 0.022] });
  });

  it('writes text, Markdown, CSV, HTML with a line chart, and JSON that fits schema/trend.schema.json', () => {
    const { rounds, crosswalks } = setting();
    const args = ['trend', ...rounds, ...crosswalks.flatMap((c) => ['--crosswalk', c])];
    const labels = ['--label', 'Fall 2020', '--label', 'Fall 2021', '--label', 'Fall 2025'];
    const out = (format: string) => {
      const result = runCli([...args, ...labels, '--format', format]);
      expect(result.code, result.stderr).toBe(0);
      return result.stdout;
    };
    const json = JSON.parse(out('json'));
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema/trend.schema.json'), 'utf8')));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.rounds.map((r: { label: string }) => r.label)).toEqual([
      'Fall 2020',
      'Fall 2021',
      'Fall 2025',
    ]);
    expect(out('text')).toMatch(/Capacity Building\s+1\.00\s+2\.50\s+\+1\.50\s+3\.13\s+\+0\.63/);
    expect(out('md')).toContain('| Capacity Building | 1.00 | 2.50 | +1.50 | 3.13 | +0.63 |');
    const rows = parse(out('csv'), { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.ingredient === 'actionable-data' && r.round === '2')).toMatchObject({
      label: 'Fall 2021',
      mean: '3.333',
      change: '0.833',
    });
    const html = out('html');
    expect(html).toContain('<svg class="chart trend-chart"');
    // Lines for Capacity Building and Actionable Data (a mean in every round); the other ingredients have a
    // mean in 2025 only: a marker, no line.
    expect(html.match(/<polyline /g)?.length).toBe(2);
  });

  it('without --crosswalk, carries the rounds through the reviewed crosswalks shipped in rubrics/crosswalks', async () => {
    const { rounds } = setting();
    const { trend } = await scoreTrend(rounds, { crosswalks: [], labels: [] });
    // The shipped crosswalks join the four rated items as the ones above do (2020 capacity-building.1 →
    // 2025 capacity-building.1 + .2, actionable-data.1 → .1, shared-accountability.3 → actionable-data.7,
    // capacity-building.2 → nothing), so the series are the same; 2020 goes straight to 2025.
    const series = new Map(trend.ingredients.map((i) => [i.id, i]));
    expect(series.get('capacity-building')!.means).toEqual([1, 2.5, 3.125]);
    expect(series.get('actionable-data')!.means).toEqual([2.5, 3.333, 3]);
    expect(trend.overall.means).toEqual([2, 3, 3.022]);
    expect(trend.crosswalks).toEqual([
      {
        file: 'rubrics/crosswalks/2020-to-2025.yaml',
        old: '2020-assessment 2020',
        new: '2025-large-chart 4/10/25',
      },
      {
        file: 'rubrics/crosswalks/2021-to-2025.yaml',
        old: '2021-planning 2021',
        new: '2025-large-chart 4/10/25',
      },
    ]);
  });

  it('needs three rounds', async () => {
    const { rounds, crosswalks } = setting();
    const two = await scoreTrend(rounds.slice(1), { crosswalks, labels: [] }).catch((e: unknown) => e);
    expect(two).toBeInstanceOf(UserError);
    expect((two as Error).message).toMatch(/3 or more rounds.*--baseline/);
    const labels = await scoreTrend(rounds, { crosswalks, labels: ['a'] }).catch((e: unknown) => e);
    expect((labels as Error).message).toMatch(/1 --label for 3 rounds/);
  });
});
