import type { CorpusCase } from './corpus-case.js';
import { responsesYaml } from './corpus-rubric.js';

/**
 * capacity-building.1's rating (line 9, column 13) set to one odd value each: a rating is one of the
 * scale's keys or null, so every number, boolean and look-alike is refused by name, never coerced.
 */
const VALUES: [string, string][] = [
  ['exp-overflow', '1e400'],
  ['neg-exp-overflow', '-1e400'],
  ['underflow', '1e-400'],
  ['hex', '0x4'],
  ['hex-negative', '-0x4'],
  ['hex-huge', '0x7FFFFFFFFFFFFFFFFFFFFFFF'],
  ['octal-yaml11', '012'],
  ['octal-yaml12', '0o17'],
  ['binary', '0b11'],
  ['bigint', '123456789012345678901234567890'],
  ['max-safe-plus-1', '9007199254740993'],
  ['long-int', '9'.repeat(5_000)],
  ['inf', '.inf'],
  ['neg-inf', '-.Inf'],
  ['nan', '.NaN'],
  ['sexagesimal', '1:30'],
  ['underscore', '1_0'],
  ['bool-yes', 'yes'],
  ['bool-true', 'true'],
  ['quoted-string', '"4"'],
  ['neg-zero', '-0'],
  ['negative', '-3'],
  ['fraction', '3.5'],
  ['precision', '3.0000000000000001'],
  ['thousand-digits', `4.${'0'.repeat(1_000)}1`],
  ['plus-sign', '+4'],
  ['capitalised-key', 'Strength'],
  ['padded-key', '" strength"'],
  ['fullwidth-digit', '４'],
];

export const RATING_VALUE_CASES: CorpusCase[] = [
  ...VALUES.map(
    ([name, value]): CorpusCase => ({
      id: `yaml/rating-values/${name}`,
      ext: '.yaml',
      command: 'score',
      verdict: 'reject',
      what: `A rating of \`${value.length > 40 ? `${value.slice(0, 20)}…` : value}\``,
      expect: { code: 'responses/unknown-rating', line: 9, column: 13 },
      build: () => Buffer.from(responsesYaml({ rating: value })),
    }),
  ),
  ...[
    ['null', '~'],
    ['empty-value', ''],
  ].map(
    ([name, value]): CorpusCase => ({
      id: `yaml/rating-values/${name}`,
      ext: '.yaml',
      command: 'score',
      verdict: 'accept',
      what: `A rating of \`${value}\` (null): the item is left unrated`,
      expect: { message: 'District Self-Assessment' },
      build: () => Buffer.from(responsesYaml({ rating: value })),
    }),
  ),
];
