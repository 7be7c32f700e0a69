import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../helpers/cli.js';
import { buildPdf, objectStreamBomb } from './pdf-builder.js';

const dir = mkdtempSync(join(tmpdir(), 'rubricate-every-problem-'));

/** The shipped 2020 rubric with two schema errors and three semantic ones. */
function brokenRubric(): string {
  let text = readFileSync('rubrics/2020-assessment.yaml', 'utf8');
  text = text.replace('title: District Self-Assessment', 'title: District Self-Assessment\ncolour: blue'); // schema
  text = text.replace('evidencePrompt: How do you know?', 'evidencePrompt: 42'); // schema
  text = text.replace('id: capacity-building.2', 'id: capacity-building.1'); // duplicate id
  text = text.replace('number: 3\n', 'number: 7\n'); // number sequence
  text = text.replace('      value: 3\n', '      value: 4\n'); // scale order
  return text;
}

describe('one run reports every problem', () => {
  it('validate shows schema and semantic errors together', () => {
    const file = join(dir, 'broken-rubric.yaml');
    writeFileSync(file, brokenRubric());
    const result = runCli(['validate', file, '--json']);
    expect(result.code).toBe(1);
    const codes = (JSON.parse(result.stdout) as { code: string }[]).map((d) => d.code).sort();
    expect(codes).toEqual([
      'rubric/duplicate-id',
      'rubric/number-sequence',
      'rubric/scale-order',
      'schema/type',
      'schema/unknown-property',
    ]);
  });

  it('score reports every input: unreadable, unmatched, and readable ones that do not fit the rubric', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'rubric: [\n');
    const result = runCli([
      'score',
      join(dir, 'missing.yaml'),
      bad,
      join(dir, 'none', '*.yaml'),
      'test/score/fixtures/unknown-rating.yaml',
      'examples/2025-team/tom-becker.yaml',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'missing.yaml  error  input/unreadable  cannot read the file: no such file',
    );
    expect(result.stderr).toMatch(/bad\.yaml:\d+:\d+ {2}error {2}yaml\//);
    expect(result.stderr).toContain('*.yaml  error  input/no-match');
    expect(result.stderr).toContain('unknown-rating.yaml:8:13  error  responses/unknown-rating');
    expect(result.stderr).toContain('rubricate: 4 of 5 inputs have problems');
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('score gives worksheets the same diagnostics, a refused one with its own code', () => {
    const bomb = join(dir, 'bomb.pdf');
    writeFileSync(bomb, buildPdf([objectStreamBomb(60 * 1024 * 1024)]));
    const result = runCli(['score', bomb, join(dir, 'absent.pdf')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'bomb.pdf  error  extract/refused  refused: an object stream inflates to more than 50.0 MiB',
    );
    expect(result.stderr).toContain('absent.pdf  error  extract/unreadable  no such file');
  });
});
