import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build-document.js';
import { markupToModel } from '../../src/document/markup-to-model.js';
import { fieldsOf } from '../../src/document/model.js';
import { loadRubric } from '../../src/rubric/load-rubric.js';
import type { Rubric } from '../../src/rubric/rubric.generated.js';
import { markdownOf } from '../../src/writers/markdown/write-markdown.js';
import { ROOT, runCli } from '../helpers/cli.js';

const rubrics: Record<string, Rubric> = {};

beforeAll(async () => {
  for (const id of ['2020-assessment', '2021-planning', '2025-large-chart']) {
    rubrics[id] = (await loadRubric(join(ROOT, 'rubrics', `${id}.yaml`))).loaded!.rubric;
  }
});

describe('rubric → document model', () => {
  it('self-assessment: one radio group per item with one option per level, and an evidence field, named by item id', () => {
    const rubric = rubrics['2025-large-chart']!;
    const fields = fieldsOf(buildDocument(rubric, { kind: 'self-assessment' }));
    const items = rubric.sections.flatMap((s) => s.items);
    const choices = fields.filter((f) => f.kind === 'choice');
    expect(choices).toHaveLength(45 * 5);
    expect(choices.slice(0, 5).map((c) => [c.name, c.kind === 'choice' && c.value])).toEqual(
      ['strength', 'ok-for-now', 'could-be-better', 'urgent-gap', 'dont-know'].map((v) => [
        'capacity-building.1.rating',
        v,
      ]),
    );
    const evidence = fields.filter((f) => f.name.endsWith('.evidence')).map((f) => f.name);
    expect(evidence).toEqual(items.map((i) => `${i.id}.evidence`));
  });

  it('action plan: the four planning columns per item, dates as date fields, then the six reflection prompts', () => {
    const fields = fieldsOf(buildDocument(rubrics['2021-planning']!, { kind: 'action-plan' }));
    const first = fields.filter((f) => f.name.startsWith('capacity-building.1.'));
    expect(first.map((f) => [f.name, f.kind])).toEqual([
      ['capacity-building.1.next-steps', 'text'],
      ['capacity-building.1.responsible', 'text'],
      ['capacity-building.1.target-date', 'date'],
      ['capacity-building.1.resources', 'text'],
    ]);
    expect(fields.filter((f) => f.name.startsWith('reflection.'))).toHaveLength(6);
  });

  it('large chart: one page per item on 24×36 in, footer "<Ingredient>: N of M" and the edition line', () => {
    const model = buildDocument(rubrics['2025-large-chart']!, { kind: 'large-chart' });
    expect(model.sections).toHaveLength(45);
    expect(model.sections[0]!.page.size).toBe('24x36');
    const footers = model.sections.map((s) => s.footer?.left);
    expect(footers).toContain('Strategic Partnerships: 7 of 8');
    expect(footers[0]).toBe('Capacity Building: 1 of 8');
    expect(model.sections[0]!.footer?.right).toBe('District Team Self-Assessment LARGE CHARTS: 4/10/25');
    const tabloid = buildDocument(rubrics['2025-large-chart']!, { kind: 'large-chart', pageSize: 'tabloid' });
    expect(tabloid.sections[0]!.page.size).toBe('tabloid');
    expect(tabloid.sections[0]!.page.fontSize).toBeLessThan(model.sections[0]!.page.fontSize);
  });

  it('refuses a kind the rubric does not offer, listing the ones it does', () => {
    expect(() => buildDocument(rubrics['2020-assessment']!, { kind: 'large-chart' })).toThrow(
      'rubric 2020-assessment does not offer the large-chart worksheet; it offers: self-assessment',
    );
  });

  it('leaves missing values blank, never "undefined"', () => {
    const text = markdownOf(
      buildDocument(rubrics['2021-planning']!, { kind: 'action-plan', values: { district: 'Peñasco ISD' } }),
    );
    expect(text).toContain('Peñasco ISD');
    expect(text).not.toMatch(/undefined|null|\[object/);
  });

  it('records the rubric id, edition, content hash and values in the metadata', () => {
    const model = buildDocument(rubrics['2021-planning']!, {
      kind: 'action-plan',
      values: { school: 'Escuela', district: 'Peñasco' },
    });
    expect(model.meta).toMatchObject({
      rubricId: '2021-planning',
      edition: '2021',
      kind: 'action-plan',
      values: { district: 'Peñasco', school: 'Escuela' },
    });
    expect(model.meta.rubricHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(model.meta.values)).toEqual(['district', 'school']);
  });
});

describe('user templates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rubricate-template-'));

  it('renders a copied and changed template', () => {
    const source = readFileSync(join(ROOT, 'templates', 'self-assessment.hbs'), 'utf8');
    const mine = join(dir, 'mine.hbs');
    writeFileSync(
      mine,
      source.replace(
        '<h1>{{rubric.title}}</h1>',
        '<p><b>Attendance Works · {{values.district}}</b></p>\n  <h1>{{rubric.title}}</h1>',
      ),
    );
    const text = markdownOf(
      buildDocument(rubrics['2020-assessment']!, {
        kind: 'self-assessment',
        template: mine,
        values: { district: 'Peñasco' },
      }),
    );
    expect(text.startsWith('**Attendance Works · Peñasco**')).toBe(true);
  });

  it('reports a handlebars syntax error with the template file and line', () => {
    const bad = join(dir, 'bad-syntax.hbs');
    writeFileSync(bad, '<document>\n<section>\n<p>{{#if values.district}}x</p>\n</section>\n</document>\n');
    const result = runCli(['render', '2020', '--template', bad, '-f', 'md', '-o', '-']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`template ${bad}: Parse error`);
    expect(result.stderr).toContain('the block {{#if}} opened on line 3 is never closed with {{/if}}');
  });

  it("reports a markup error at the template file's own line and column", () => {
    const bad = join(dir, 'bad-markup.hbs');
    writeFileSync(bad, '<document>\n<section>\n<p>ok</p>\n<blink>no</blink>\n</section>\n</document>\n');
    const result = runCli(['render', '2020', '--template', bad, '-f', 'md', '-o', '-']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `rubricate: template ${bad}:4:1: unknown element <blink>; see docs/templates.md\n`,
    );
  });

  it('checks that every table row has as many cells as the table has columns', () => {
    expect(() =>
      markupToModel(
        '<document><section><table columns="1 1"><tr><td>a</td></tr></table></section></document>',
        't.hbs',
      ),
    ).toThrow(/a table row has 1 cells but the table has 2 columns/);
  });
});
