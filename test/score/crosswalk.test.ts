import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hasStackTrace, runCli } from '../helpers/cli.js';

// Issue 5's criterion: the crosswalk `rubricate diff 2020 2025` writes round-trips through `score --crosswalk`
// on example responses; every figure is recomputed here from the YAML files themselves.

const OLD = 'examples/2020-assessment.yaml';
const TEAM = 'examples/2025-team';
const VALUE: Record<string, number | null> = {
  strength: 4,
  'ok-for-now': 3,
  'could-be-better': 2,
  'urgent-gap': 1,
  'dont-know': null,
};

interface Entry {
  old: string[];
  new: string[];
  kind: string;
}
type Ratings = Map<string, number[]>;

let dir: string;
let crosswalkFile: string;
let entries: Entry[];
let comparison: {
  ingredients: {
    ingredient: string;
    compared: number;
    oldMean: number | null;
    newMean: number | null;
    change: number | null;
  }[];
  items: (Entry & { oldMean: number | null; newMean: number | null; change: number | null })[];
  unaligned: { old: { id: string; mean: number | null }[]; new: { id: string; mean: number | null }[] };
};

/** Scored values per item id over the given responses files. */
function ratings(files: string[]): Ratings {
  const found: Ratings = new Map();
  for (const file of files) {
    const { items } = parse(readFileSync(file, 'utf8')) as {
      items: Record<string, { rating: string | null }>;
    };
    for (const [id, answer] of Object.entries(items)) {
      const value = answer?.rating ? VALUE[answer.rating] : null;
      if (value === null || value === undefined) continue;
      found.set(id, [...(found.get(id) ?? []), value]);
    }
  }
  return found;
}

const mean = (values: number[]) =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
const pooled = (ids: string[], r: Ratings) => ids.flatMap((id) => r.get(id) ?? []);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rubricate-score-crosswalk-'));
  crosswalkFile = join(dir, '2020-to-2025.yaml');
  expect(runCli(['diff', '2020', '2025', '--stat', '--crosswalk', crosswalkFile]).code).toBe(1);
  entries = (parse(readFileSync(crosswalkFile, 'utf8')) as { items: Entry[] }).items;
  const result = runCli(['score', OLD, TEAM, '--crosswalk', crosswalkFile, '--format', 'json']);
  expect(result.stderr).not.toMatch(/error/);
  expect(result.code).toBe(0);
  comparison = JSON.parse(result.stdout).comparison;
});

describe('score --crosswalk 2020 → 2025', () => {
  it('reports every aligned entry with the means of its old and new items', () => {
    const team = readdirSync(TEAM).map((f) => join(TEAM, f));
    const [before, after] = [ratings([OLD]), ratings(team)];
    const aligned = entries.filter((e) => e.old.length > 0 && e.new.length > 0);
    expect(comparison.items).toHaveLength(aligned.length);
    for (const entry of aligned) {
      const reported = comparison.items.find((i) => i.old.join() === entry.old.join())!;
      const [o, n] = [mean(pooled(entry.old, before)), mean(pooled(entry.new, after))];
      expect(reported, entry.old.join()).toMatchObject({
        new: entry.new,
        kind: entry.kind,
        oldMean: round(o),
        newMean: round(n),
      });
      expect(reported.change).toBe(o === null || n === null ? null : round(round(n - o)));
    }
  });

  it('works out a split item by hand', () => {
    // 2020 capacity-building.1 (could-be-better = 2) became 2025 capacity-building.1 and .2:
    //   cb.1: Aisha 4, José 3, Nguyễn 4, Tom 3; cb.2: 3, 3, 3, 2 → (14 + 11)/8 = 3.125; change 3.125 − 2 = 1.125
    const split = comparison.items.find((i) => i.old[0] === 'capacity-building.1')!;
    expect(split).toMatchObject({
      kind: 'split',
      new: ['capacity-building.1', 'capacity-building.2'],
      oldMean: 2,
      newMean: 3.125,
      change: 1.125,
    });
  });

  it('reports per ingredient over the entries rated on both sides, each entry weighing the same', () => {
    const team = readdirSync(TEAM).map((f) => join(TEAM, f));
    const [before, after] = [ratings([OLD]), ratings(team)];
    const sectionOf = (id: string) => id.split('.')[0]!;
    for (const reported of comparison.ingredients) {
      const both = entries
        .filter((e) => e.old.length > 0 && e.new.length > 0 && sectionOf(e.new[0]!) === reported.ingredient)
        .map((e) => [mean(pooled(e.old, before)), mean(pooled(e.new, after))] as const)
        .filter(([o, n]) => o !== null && n !== null);
      const o = mean(both.map(([x]) => x!));
      const n = mean(both.map(([, y]) => y!));
      expect(reported, reported.ingredient).toMatchObject({
        compared: both.length,
        oldMean: round(o),
        newMean: round(n),
      });
    }
    expect(comparison.ingredients.some((i) => i.compared > 0)).toBe(true);
  });

  it('lists the items without a counterpart on either side', () => {
    const ids = (side: 'old' | 'new') =>
      entries.filter((e) => e[side === 'old' ? 'new' : 'old'].length === 0).flatMap((e) => e[side]);
    expect(comparison.unaligned.old.map((i) => i.id).sort()).toEqual(ids('old').sort());
    expect(comparison.unaligned.new.map((i) => i.id).sort()).toEqual(ids('new').sort());
    expect(comparison.unaligned.new.length).toBeGreaterThan(0);
  });

  it('shows the comparison in the terminal and Markdown reports', () => {
    const text = runCli(['score', OLD, TEAM, '--crosswalk', crosswalkFile]).stdout;
    expect(text).toContain(
      'Compared with the earlier edition  2020-assessment 2020 → 2025-large-chart 4/10/25',
    );
    expect(text).toMatch(
      /\+1\.13 {2}2\.00 → 3\.13 {2}capacity-building\.1 → capacity-building\.1 \+ capacity-building\.2/,
    );
    const md = runCli(['score', OLD, TEAM, '--crosswalk', crosswalkFile, '-f', 'md']).stdout;
    expect(md).toContain('### Compared with `2020-assessment` 2020');
  });

  it('needs inputs on both sides, and inputs of the two editions only', () => {
    const oneSide = runCli(['score', TEAM, '--crosswalk', crosswalkFile]);
    expect(oneSide.code).toBe(2);
    expect(oneSide.stderr).toContain('no input answers the old one (2020-assessment edition 2020)');
    const third = runCli([
      'score',
      OLD,
      TEAM,
      'examples/2021-action-plan.yaml',
      '--crosswalk',
      crosswalkFile,
    ]);
    expect(third.code).toBe(2);
    expect(third.stderr).toContain('2021-planning');
    expect(hasStackTrace(third.stderr)).toBe(false);
  });

  it('refuses a crosswalk naming an item the rubric lacks, with its line', () => {
    const edited = join(dir, 'edited.yaml');
    writeFileSync(
      edited,
      readFileSync(crosswalkFile, 'utf8').replace(
        '      - capacity-building.3 #',
        '      - capacity-building.99 #',
      ),
    );
    const result = runCli(['score', OLD, TEAM, '--crosswalk', edited]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/edited\.yaml:\d+:\d+ +error +crosswalk\/unknown-item/);
  });
});
