import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { itWithPrograms, run } from '../helpers/external.js';

const TEAM = 'examples/2025-team';
const PLAN = 'examples/2021-action-plan.yaml';
const ITEMS_2025 = 45;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rubricate-score-formats-'));
});

function ok(args: string[]): string {
  const result = runCli(['score', ...args]);
  expect(result.stderr).not.toMatch(/internal error/);
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('every format for the examples', () => {
  it('JSON validates against the published schema, for the team and the action plan', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8')));
    for (const args of [[TEAM], [PLAN, '--as-of', '2026-03-01']]) {
      const report = JSON.parse(ok([...args, '--format', 'json']));
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
      expect(report.version).toBe(2);
    }
  });

  it('JSON keys come in the documented order', () => {
    const report = JSON.parse(ok([PLAN, '--format', 'json', '--as-of', '2026-03-01']));
    expect(Object.keys(report)).toEqual([
      'version',
      'rubric',
      'context',
      'scale',
      'planningColumns',
      'asOf',
      'respondents',
      'overall',
      'ingredients',
      'priority',
      'items',
      'team',
      'actionPlan',
      'recommendations',
    ]);
  });

  it('CSV parses back into one row per respondent × item', () => {
    const rows = parse(ok([TEAM, '--format', 'csv']), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(4 * ITEMS_2025);
    expect(new Set(rows.map((r) => r.name)).size).toBe(4);
    const row = rows.find((r) => r.name === 'Aisha Rahman' && r.item === 'shared-accountability.6')!;
    expect(row).toMatchObject({ rating: 'urgent-gap', level: 'Urgent gap', value: '1', respondent: '1' });
    const unrated = rows.find((r) => r.name === 'Tom Becker' && r.item === 'shared-accountability.7')!;
    expect(unrated).toMatchObject({ rating: '', value: '' });
    const plan = parse(ok([PLAN, '-f', 'csv']), { columns: true }) as Record<string, string>[];
    expect(Object.keys(plan[0]!)).toEqual(
      expect.arrayContaining(['next-steps', 'responsible', 'target-date']),
    );
    expect(plan.find((r) => r.item === 'capacity-building.1')!.responsible).toBe("Superintendent's cabinet");
  });

  it('Markdown has the ingredient table and the items to discuss', () => {
    const md = ok([TEAM, '--format', 'md']);
    expect(md).toMatch(/^## District Team Self-Assessment/);
    expect(md).toContain('| Capacity Building | 2.58 |');
    expect(md).toMatch(/### To discuss: 8 items/);
    expect(md).toContain('`shared-accountability.6`');
  });

  it('text shows the ingredients, the team view and the recommendations', () => {
    const text = ok([TEAM]);
    expect(text).toMatch(/Capacity Building\s+8\s+2\.58/);
    expect(text).toMatch(/spread 3 {2}median 2\.00 {2}shared-accountability\.6/);
    expect(text).toContain('Recommendations');
  });

  it('the format follows the -o extension', () => {
    for (const ext of ['json', 'csv', 'md', 'html']) {
      const file = join(dir, `team.${ext}`);
      ok([TEAM, '-o', file]);
      const text = readFileSync(file, 'utf8');
      if (ext === 'json') expect(JSON.parse(text).version).toBe(2);
      if (ext === 'csv') expect(text.startsWith('rubric,edition,respondent,')).toBe(true);
      if (ext === 'md') expect(text.startsWith('## ')).toBe(true);
      if (ext === 'html') expect(text).toMatch(/^<!DOCTYPE html>/i);
    }
  });

  itWithPrograms('pdftotext')('PDF and DOCX reports are written through the document writers', () => {
    const pdf = join(dir, 'team.pdf');
    ok([TEAM, '-o', pdf]);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(run('pdftotext', [pdf, '-'])).toContain('Capacity Building');
    const docx = join(dir, 'team.docx');
    ok([TEAM, '--format', 'docx', '-o', docx]);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  });

  it('gives the same bytes for the same input, in every text format', () => {
    for (const format of ['text', 'md', 'json', 'csv', 'html']) {
      const args = [TEAM, '--format', format];
      expect(ok(args)).toBe(ok(args));
    }
    const [a, b] = [join(dir, 'a.pdf'), join(dir, 'b.pdf')];
    ok([TEAM, '-o', a]);
    ok([TEAM, '-o', b]);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });
});
