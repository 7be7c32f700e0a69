import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRubric } from '../../src/rubric/parse-rubric.js';
import { ROOT } from '../helpers/cli.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'rubrics');

function diagnose(name: string) {
  return parseRubric(readFileSync(join(FIXTURES, `${name}.yaml`)), `${name}.yaml`).diagnostics;
}

/**
 * One fixture per rule, named by the condition it breaks, each a copy of valid-minimal.yaml with one
 * change; the exact code and position of the first diagnostic are asserted.
 */
const CASES: [fixture: string, code: string, line: number, column: number, message: RegExp][] = [
  ['missing-title', 'schema/required', 2, 1, /missing the required property "title"/],
  ['unknown-property', 'schema/unknown-property', 4, 1, /unknown property "colour"/],
  ['wrong-type-number', 'schema/type', 33, 17, /"sections\.0\.items\.1\.number" must be an integer/],
  ['bad-id-pattern', 'schema/pattern', 32, 13, /wrong form: Stable item id/],
  ['bad-kind-enum', 'schema/enum', 24, 11, /must be one of: "text", "people", "date"/],
  ['empty-text', 'schema/empty', 34, 15, /must not be empty/],
  ['too-few-levels', 'schema/too-few', 11, 5, /at least 2 entries/],
  ['no-worksheets', 'schema/too-few', 36, 3, /"worksheets" must have at least 1 property/],
  ['bad-edition-date', 'schema/pattern', 6, 9, /YYYY, YYYY-MM or YYYY-MM-DD/],
  ['duplicate-id', 'rubric/duplicate-id', 32, 13, /id "one\.1" is already used at \/sections\/0\/items\/0/],
  ['number-sequence', 'rubric/number-sequence', 33, 17, /numbered 3, expected 2/],
  ['duplicate-scale-key', 'rubric/duplicate-scale-key', 14, 12, /scale key "good" is used twice/],
  ['scale-order', 'rubric/scale-order', 16, 14, /strictly decreasing|strictly increasing/],
  ['blank-text', 'rubric/blank-text', 34, 15, /contains only whitespace/],
  [
    'unresolved-column',
    'rubric/unresolved-reference',
    38,
    27,
    /column "owner" is not one of the planningColumns/,
  ],
  ['unresolved-tag', 'rubric/unresolved-reference', 32, 16, /tag "data" is not declared/],
  [
    'no-planning-columns',
    'rubric/unresolved-reference',
    33,
    16,
    /action-plan worksheet needs planningColumns/,
  ],
  ['duplicate-key', 'yaml/duplicate-key', 4, 1, /duplicate key "title"/],
  ['tab-indent', 'yaml/tab-indent', 29, 1, /Tabs are not allowed/],
];

describe('rubric rules', () => {
  it('accepts the minimal valid rubric', () => {
    expect(diagnose('valid-minimal')).toEqual([]);
  });

  for (const [fixture, code, line, column, message] of CASES) {
    it(`${fixture} → ${code} at ${line}:${column}`, () => {
      const diagnostics = diagnose(fixture);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({
        file: `${fixture}.yaml`,
        code,
        line,
        column,
        severity: 'error',
      });
      expect(diagnostics[0]!.message).toMatch(message);
    });
  }

  it('reports every problem of a file in one run', () => {
    const text = readFileSync(join(FIXTURES, 'valid-minimal.yaml'), 'utf8')
      .replace('id: one.2', 'id: one.1')
      .replace('        number: 2', '        number: 5')
      .replace('    - key: bad', '    - key: good');
    const { diagnostics } = parseRubric(new TextEncoder().encode(text), 'many.yaml');
    expect(diagnostics.map((d) => d.code).sort()).toEqual([
      'rubric/duplicate-id',
      'rubric/duplicate-scale-key',
      'rubric/number-sequence',
    ]);
  });
});
