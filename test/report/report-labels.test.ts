import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT, runCli } from '../helpers/cli.js';
import { itWithPrograms, run } from '../helpers/external.js';

let dir: string;

function ok(args: string[]): void {
  const result = runCli(args, { cwd: dir });
  expect(result.stderr, args.join(' ')).not.toMatch(/error|problem/);
  expect(result.code, args.join(' ')).toBe(0);
}

/** A copy of the blank responses file with every item rated, the levels taken in turn from `start`. */
function filled(blank: string, name: string, start: number): string {
  const responses = parse(blank);
  const levels = ['strength', 'ok-for-now', 'could-be-better', 'urgent-gap'];
  responses.respondent.name = name;
  Object.values(responses.items as Record<string, { rating: string | null }>).forEach((item, i) => {
    item.rating = levels[(start + i) % levels.length]!;
  });
  return stringify(responses);
}

/** What a reader sees of an HTML page: its text without the style sheet, tags and attributes. */
function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*aria-label="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<[^>]+>/g, ' ');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rubricate-labels-'));
  ok(['new', 'x.yaml', '--noun', 'domain']);
  ok(['init', 'x.yaml', '-o', 'blank.yaml']);
  const blank = readFileSync(join(dir, 'blank.yaml'), 'utf8');
  writeFileSync(join(dir, 'ana.yaml'), filled(blank, 'Ana', 0));
  writeFileSync(join(dir, 'ben.yaml'), filled(blank, 'Ben', 2));
}, 60_000);

/** The team report of the domain rubric in `format`. */
function score(format: string): string {
  const file = `report.${format}`;
  ok(['score', '--rubric', 'x.yaml', 'ana.yaml', 'ben.yaml', '-f', format, '-o', file, '--force']);
  return readFileSync(join(dir, file), 'utf8');
}

describe('reports use the rubric’s section noun (labels.section)', () => {
  it.each(['text', 'md', 'html'])('a %s report says Domain, never Ingredient', (format) => {
    const text = format === 'html' ? visibleText(score(format)) : score(format);
    expect(text).toMatch(/\bDomains?\b/);
    expect(text).toMatch(/\bdomains?\b/);
    expect(text).not.toMatch(/ingredient/i);
  });

  it.each(['text', 'md', 'html'])('a %s report by district says Domain in its roll-up too', (format) => {
    for (const [name, district] of [
      ['ana', 'North'],
      ['ben', 'South'],
    ]) {
      const responses = parse(readFileSync(join(dir, `${name}.yaml`), 'utf8'));
      responses.context.district = district;
      writeFileSync(join(dir, `${name}-${district}.yaml`), stringify(responses));
    }
    const file = `grouped.${format}`;
    ok(
      ['score', '--rubric', 'x.yaml', 'ana-North.yaml', 'ben-South.yaml', '--group-by', 'district'].concat([
        '-f',
        format,
        '-o',
        file,
        '--force',
      ]),
    );
    const output = readFileSync(join(dir, file), 'utf8');
    const text = format === 'html' ? visibleText(output) : output;
    expect(text).toContain('Domains weakest across groups');
    expect(text).not.toMatch(/ingredient/i);
  });

  it('trend --rubric follows an unshipped rubric over three rounds, in its own section noun', () => {
    for (const [k, name] of ['r1', 'r2', 'r3'].entries()) {
      const responses = parse(readFileSync(join(dir, 'ana.yaml'), 'utf8'));
      responses.context.date = `2026-0${k + 1}-01`;
      mkdirSync(join(dir, name), { recursive: true });
      writeFileSync(join(dir, name, 'ana.yaml'), stringify(responses));
    }
    const refused = runCli(['trend', 'r1', 'r2', 'r3'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('which is not shipped with rubricate; name its YAML file with --rubric');
    const result = runCli(['trend', 'r1', 'r2', 'r3', '--rubric', 'x.yaml', '-f', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const trend = JSON.parse(result.stdout);
    expect(trend.labels).toEqual({ section: 'domain', sections: 'domains' });
    expect(trend.rounds.map((r: { rubric: string }) => r.rubric)).toEqual(['x', 'x', 'x']);
    const text = runCli(['trend', 'r1', 'r2', 'r3', '--rubric', 'x.yaml'], { cwd: dir }).stdout;
    expect(text).toMatch(/^ {2}Domain /m);
    expect(text).not.toMatch(/ingredient/i);
  });

  it('the JSON report carries the labels and still fits schema/report.schema.json', () => {
    const report = JSON.parse(score('json'));
    expect(report.labels).toEqual({ section: 'domain', sections: 'domains' });
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8')));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  itWithPrograms('pdftotext')('the PDF report (tables, headings and chart texts) says Domain', () => {
    score('pdf');
    const text = run('pdftotext', [join(dir, 'report.pdf'), '-']);
    expect(text).toMatch(/\bDomains?\b/);
    expect(text).not.toMatch(/ingredient/i);
  });

  it('a shipped rubric’s report carries no labels and keeps "Ingredient"', () => {
    const result = runCli(['score', 'examples/2021-action-plan.yaml', '-f', 'json', '--as-of', '2026-03-01']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).labels).toBeUndefined();
    const text = runCli(['score', 'examples/2021-action-plan.yaml', '--as-of', '2026-03-01']).stdout;
    expect(text).toMatch(/\bIngredients?\b/);
  });
});
