import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_RECORD_BYTES } from '../../src/batch/read-batch-csv.js';
import { MAX_VALUE_LENGTH } from '../../src/document/value-limit.js';
import { hasStackTrace, runCli } from '../helpers/cli.js';

/** Issue 11: template values (--set, --data, CSV cells) have a documented limit, tested at limit and limit + 1. */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rubricate-value-limit-'));
});

const atLimit = 'v'.repeat(MAX_VALUE_LENGTH);
const overLimit = 'v'.repeat(MAX_VALUE_LENGTH + 1);

describe('the template value limit (docs/limits.md)', () => {
  it('is 2,000 characters', () => {
    expect(MAX_VALUE_LENGTH).toBe(2_000);
  });

  it('--set: a value at the limit renders; one character more is refused naming the key, exit 2', () => {
    const ok = runCli(['render', '2020', '-f', 'md', '-o', '-', '--set', `district=${atLimit}`]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(atLimit);
    const refused = runCli(['render', '2020', '-f', 'md', '-o', '-', '--set', `district=${overLimit}`]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim()).toBe(
      'rubricate: --set district: refused: the value is 2,001 characters long; a template value may have at most 2,000 (limits: docs/limits.md)',
    );
  });

  it('init --set is held to the same limit', () => {
    const refused = runCli(['init', '2025', '--set', `district=${overLimit}`]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--set district: refused: the value is 2,001 characters long');
  });

  it('--data: a value over the limit is refused naming the file and the key', () => {
    const data = join(dir, 'values.yaml');
    writeFileSync(data, `district: Peñasco ISD\nschool: ${overLimit}\n`);
    const refused = runCli(['render', '2020', '-f', 'md', '-o', '-', '--data', data]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toBe(
      `rubricate: ${data}: refused: the value of "school" is 2,001 characters long; a template value may have at most 2,000 (limits: docs/limits.md)`,
    );
    writeFileSync(data, `district: Peñasco ISD\nschool: ${atLimit}\n`);
    expect(runCli(['render', '2020', '-f', 'md', '-o', '-', '--data', data]).code).toBe(0);
  });

  it('a CSV cell over the limit fails its row, naming the physical line and the column; the others are written', () => {
    const csv = join(dir, 'rows.csv');
    // The quoted line break makes the physical line of the long row differ from its row number.
    writeFileSync(
      csv,
      `district,school,notes\nA,"two\nlines",${atLimit}\nB,School B,${overLimit}\nC,School C,short\n`,
    );
    const out = join(dir, 'out');
    const run = runCli(['render', '2020', '--batch', csv, '--out-dir', out, '--format', 'md']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain(
      'line 4: column "notes" is 2,001 characters long; a template value may have at most 2,000 (limits: docs/limits.md)',
    );
    expect(hasStackTrace(run.stderr)).toBe(false);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { line: number }) => f.line)).toEqual([2, 5]);
    expect(manifest.failed).toEqual([expect.objectContaining({ line: 4 })]);
  });

  it('a CSV row longer than 1 MiB is refused before anything is written, naming its line', () => {
    expect(MAX_RECORD_BYTES).toBe(1_048_576);
    const csv = join(dir, 'huge.csv');
    writeFileSync(csv, `district,notes\nA,short\nB,${'x'.repeat(MAX_RECORD_BYTES + 1)}\n`);
    const out = join(dir, 'huge-out');
    const run = runCli(['render', '2020', '--batch', csv, '--out-dir', out, '--format', 'md']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      `rubricate: ${csv}:3: refused: a row longer than 1,048,576 bytes; template values are limited to 2,000 characters each (limits: docs/limits.md)`,
    );
    expect(existsSync(out)).toBe(false);
    // Just under the row limit, the row is read and fails only on its long value.
    writeFileSync(csv, `district,notes\nA,short\nB,${'x'.repeat(MAX_RECORD_BYTES - 20)}\n`);
    const read = runCli(['render', '2020', '--batch', csv, '--out-dir', out, '--format', 'md']);
    expect(read.code, read.stderr).toBe(1);
    expect(read.stderr).toContain('line 3: column "notes" is 1,048,556 characters long');
    expect(readdirSync(out).sort()).toEqual(['A-self-assessment.md', 'manifest.json']);
  });
});
