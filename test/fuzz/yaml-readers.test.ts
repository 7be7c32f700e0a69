import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromRoot } from '../../src/paths.js';
import { checkResponses } from '../../src/responses/check-responses.js';
import { parseResponses } from '../../src/responses/load-responses.js';
import { compiledRubric } from '../../src/rubric/compiled-rubrics.js';
import { parseRubric } from '../../src/rubric/parse-rubric.js';
import { readPlainYaml } from '../../src/yaml/plain-yaml.js';
import { RUBRIC_YAML, responsesYaml } from '../corpus/corpus-rubric.js';
import { expectInside, fuzzParameters, mutate, mutations } from './fuzz-kit.js';

/** Pieces of YAML syntax spliced into the inputs, so mutations reach the parser's corners. */
const YAML_TOKENS = [
  ': ',
  '- ',
  '\n',
  '\n  ',
  '\t',
  '#',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '<<: ',
  '!!str ',
  '!x ',
  '? ',
  '|',
  '>-',
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '~',
  'null',
  '.nan',
  '1e400',
  '0x1F',
  '\\u0000',
  '\r',
  '\r\n',
  '\u0000',
  '\ufeff',
  '\u202e',
  '__proto__: ',
  'constructor: ',
  'items:\n',
  'rating: ',
  'strength',
  'evidence: ',
];

const text = (bytes: Uint8Array) => {
  const t = Buffer.from(bytes).toString('utf8');
  return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
};

const rubric2020 = compiledRubric(readFileSync(fromRoot('rubrics', '2020-assessment.yaml')))!;

describe('fuzz: rubric YAML (decode, parse, schema, rules)', () => {
  it('mutated rubrics give positioned diagnostics inside the file, never an exception', () => {
    fc.assert(
      fc.property(mutations(YAML_TOKENS), (list) => {
        const bytes = mutate(Buffer.from(RUBRIC_YAML), list);
        const { loaded, diagnostics } = parseRubric(bytes, 'fuzz.yaml');
        expect(loaded === undefined).toBe(diagnostics.length > 0);
        expectInside(diagnostics, text(bytes));
      }),
      fuzzParameters(300),
    );
  });
});

describe('fuzz: responses YAML (fast path, full parser, checks against the rubric)', () => {
  it('mutated responses give positioned diagnostics inside the file, never an exception', () => {
    fc.assert(
      fc.property(mutations(YAML_TOKENS), (list) => {
        const bytes = mutate(Buffer.from(responsesYaml()), list);
        for (const positions of [false, true]) {
          const { loaded, diagnostics } = parseResponses(bytes, 'fuzz.yaml', { positions });
          expectInside(diagnostics, text(bytes));
          if (loaded) {
            const full = parseResponses(bytes, 'fuzz.yaml', { positions: true }).loaded!;
            expect(full, 'the fast path accepted what the full parser rejects').toBeDefined();
            expectInside(checkResponses(full, rubric2020), text(bytes));
          }
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      fuzzParameters(300),
    );
  });

  /** Lines in the plain shape the fast reader handles, with awkward keys and values. */
  const line = fc.record({
    indent: fc.constantFrom(0, 0, 2, 4, 6, 1, 3),
    key: fc.constantFrom(
      'rubric',
      'items',
      'capacity-building.1',
      'rating',
      'evidence',
      'a-b_c.d',
      'x1',
      'null',
      'true',
    ),
    value: fc.oneof(
      fc.constant(''),
      fc.constantFrom(
        'null',
        '~',
        'strength',
        'true',
        '12',
        '1.5',
        '0x4',
        '"4"',
        "'it''s'",
        '"a\\"b"',
        'a: b',
        'a #b',
        'a#b',
        '"\\u00e9\\n"',
        "'#'",
        '-',
        'yes',
        '"\\x41"',
      ),
      fc.string({ maxLength: 12 }),
      fc.stringMatching(/^"[^"\\\n]{0,8}"$/),
      fc.stringMatching(/^'[^'\n]{0,8}'$/),
    ),
    comment: fc.constantFrom('', '', ' # note', '\r'),
  });

  it('the fast reader gives exactly what the yaml library gives, whenever it gives anything', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const source = lines
          .map((l) => `${' '.repeat(l.indent)}${l.key}:${l.value ? ` ${l.value}` : ''}${l.comment}`)
          .join('\n');
        const plain = readPlainYaml(source, 'fuzz.yaml');
        // Only a file the plain reader takes whole and without a problem is compared (duplicates are its own
        // positioned diagnostics, compared with the library's in test/yaml).
        if (plain.value === undefined || plain.diagnostics.length > 0) return;
        const fast = plain.value;
        let full: unknown;
        try {
          full = parse(source, {
            version: '1.2',
            schema: 'core',
            uniqueKeys: true,
            strict: true,
            merge: false,
          });
        } catch (error) {
          throw new Error(`the fast reader accepted what yaml rejects: ${JSON.stringify(source)}: ${error}`);
        }
        expect(fast, JSON.stringify(source)).toEqual(full);
      }),
      fuzzParameters(5000),
    );
  });
});
