// Each JSON output of `rubricate diff` validates against the schema that describes it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

function validator(name: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema', `${name}.schema.json`), 'utf8')));
}

const PAIRS = [
  ['2020', '2021'],
  ['2021', '2025'],
  ['2025', '2025'],
];

describe('diff JSON schemas', () => {
  const full = validator('diff');
  const stat = validator('diff-stat');

  it.each(PAIRS)('diff %s %s --stat --format json fits schema/diff-stat.schema.json', (a, b) => {
    const run = runCli(['diff', a!, b!, '--stat', '--format', 'json']);
    expect(run.code).toBe(a === b ? 0 : 1);
    const output = JSON.parse(run.stdout);
    expect(stat(output), JSON.stringify(stat.errors)).toBe(true);
    // It is not a full diff, and the full diff's schema says so.
    expect(full(output)).toBe(false);
  });

  it.each(PAIRS)('diff %s %s --format json fits schema/diff.schema.json', (a, b) => {
    const output = JSON.parse(runCli(['diff', a!, b!, '--format', 'json']).stdout);
    expect(full(output), JSON.stringify(full.errors)).toBe(true);
    expect(stat(output)).toBe(false);
  });
});
