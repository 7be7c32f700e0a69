import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { plainKeyEnd } from '../../src/yaml/plain-scalar.js';
import { readPlainYaml } from '../../src/yaml/plain-yaml.js';
import { runCli } from '../helpers/cli.js';

const full = (text: string) =>
  parse(text, { version: '1.2', schema: 'core', uniqueKeys: true, strict: true });
/** The plain reader's value, or undefined when it leaves the file to the library (or finds duplicates). */
const parseSimpleYaml = (text: string) => {
  const result = readPlainYaml(text, 'x.yaml');
  return result.value !== undefined && result.diagnostics.length === 0 ? result.value : undefined;
};

/** Pieces a responses file is made of, with the tricky ones the fast reader must either get right or refuse. */
const KEYS = [
  'rubric',
  'items',
  'capacity-building.1',
  'rating',
  'null',
  'true',
  'on',
  'a.b',
  '2020',
  '"q"',
  '- x',
  'k k',
  'a_b-c.9',
  '_x',
  'Z',
];
const VALUES = [
  '',
  'null',
  '~',
  'NULL',
  'strength',
  'Yes',
  'no',
  'true',
  '4',
  '0x1F',
  '0o17',
  '1e3',
  '2.',
  '1_000',
  '2025-large-chart',
  '2025-10-06',
  '12 Main St.',
  '.inf',
  'Riverside Unified School District',
  "Superintendent's cabinet",
  'a: b',
  'a #c',
  '#c',
  '"4/10/25"',
  '"tab\\there"',
  '"\\x41"',
  '"\\u202e"',
  '"a" # c',
  "'it''s'",
  "'a' 'b'",
  '[a, b]',
  '{a: 1}',
  '|',
  '&x a',
  '*x',
  '!!str 4',
  'Zoë Okonkwo-Ramírez',
  'spring 2026',
  'data &  assessment',
  '"Notes 26"',
  '"a"b"',
  '"say "hi""',
  '"back\\\\slash"',
  '""',
  '"',
  'n/a',
  'Friday',
  'nULL',
  'Null',
  'tRUE',
  'False',
  '+1',
  '-x',
  '.5',
];
const line = fc.record({
  indent: fc.constantFrom(0, 2, 4, 3, 6),
  key: fc.constantFrom(...KEYS),
  value: fc.constantFrom(...VALUES),
  comment: fc.constantFrom('', '# note', '  # x'),
});

describe('the plain YAML reader', () => {
  it('reads exactly what the yaml library reads, or refuses', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const text = lines
          .map((l) =>
            l.comment && l.value === ''
              ? l.comment
              : `${' '.repeat(l.indent)}${l.key}:${l.value ? ` ${l.value}` : ''}`,
          )
          .join('\n');
        const fast = parseSimpleYaml(text);
        if (fast === undefined) return;
        let expected: unknown;
        try {
          expected = full(text);
        } catch (error) {
          throw new Error(`fast reader accepted what yaml refuses:\n${text}\n${error}`);
        }
        expect(fast, text).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads every example file, and gives what the yaml library gives', () => {
    const files = [
      'examples/2021-action-plan.yaml',
      'examples/2020-assessment.yaml',
      ...readdirSync('examples/2025-team').map((f) => join('examples/2025-team', f)),
    ];
    let read = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const fast = parseSimpleYaml(text);
      if (fast !== undefined) {
        read++;
        expect(fast).toEqual(full(text));
      }
    }
    // the action plan has a block scalar (|), which goes to the library
    expect(read).toBe(files.length - 1);
  });

  it('finds the end of a plain key exactly as /[A-Za-z][A-Za-z0-9._-]*(?=:)/y does', () => {
    const KEY = /[A-Za-z][A-Za-z0-9._-]*(?=:)/y;
    const text = fc.string({
      unit: fc.constantFrom('a', 'Z', '9', '.', '_', '-', ':', ' ', 'é', '#'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(text, fc.nat(12), (t, at) => {
        KEY.lastIndex = at;
        const match = KEY.exec(t);
        expect(plainKeyEnd(t, at)).toBe(match ? at + match[0].length : -1);
      }),
      { numRuns: 3000 },
    );
  });

  it('positions a duplicate key at once, and every node when the locator is asked', () => {
    const text = 'a: 1\nb:\n  c: x\n  c: y\n  - z\n';
    const listed = 'a: 1\nb:\n  c: x\n  e: "y"\nd: [1, 2]\nf:\n  - g: 3\n';
    const duplicate = readPlainYaml('a: 1\nb:\n  c: x\n  c: y\n', 'x.yaml');
    expect(duplicate.value).toEqual({ a: 1, b: { c: 'x' } });
    if (duplicate.value === undefined) throw new Error('not read');
    expect(duplicate.diagnostics.map((d) => [d.line, d.column, d.code])).toEqual([
      [4, 3, 'yaml/duplicate-key'],
    ]);
    expect(readPlainYaml(text, 'x.yaml').value).toBeUndefined();
    const read = readPlainYaml(listed, 'x.yaml');
    if (read.value === undefined) throw new Error('not read');
    const { locator } = read;
    expect(locator.linePos(locator.offsetOf(['b', 'e']))).toEqual({ line: 4, column: 6 });
    expect(locator.linePos(locator.offsetOf(['b', 'e'], true))).toEqual({ line: 4, column: 3 });
    expect(locator.rangeOf(['b', 'e'])).toEqual([listed.indexOf('"y"'), listed.indexOf('"y"') + 3]);
    expect(locator.linePos(locator.offsetOf(['d', 1]))).toEqual({ line: 5, column: 8 });
    expect(locator.linePos(locator.offsetOf(['f', 0, 'g']))).toEqual({ line: 7, column: 8 });
  });

  it('refuses a lone CR, which YAML takes for a line break', () => {
    expect(parseSimpleYaml('# comment\rrubric: x\n')).toBeUndefined();
  });

  it('positions a scoring problem in a file it read', () => {
    // A rating that is not a level passes the schema, then the file is read again for its position.
    const result = runCli(['score', 'test/score/fixtures/unknown-rating.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('test/score/fixtures/unknown-rating.yaml:8:13');
  });
});
