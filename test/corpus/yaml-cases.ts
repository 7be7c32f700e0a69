import { type CorpusCase, concat, utf8 } from './corpus-case.js';
import { RUBRIC_YAML, responsesYaml, STRENGTH_VALUE_LINE } from './corpus-rubric.js';

type Shape = Omit<CorpusCase, 'ext' | 'build'> & { text?: string; bytes?: () => Uint8Array };

/** A case whose file is YAML text or bytes. */
function yaml(shape: Shape): CorpusCase {
  const { text, bytes, ...rest } = shape;
  return { ...rest, ext: '.yaml', build: () => bytes?.() ?? utf8(text ?? '') };
}

const rubricWith = (from: string, to: string) => {
  if (!RUBRIC_YAML.includes(from)) throw new Error(`corpus rubric lacks ${JSON.stringify(from)}`);
  return RUBRIC_YAML.replace(from, to);
};

/** Nine anchors, each a list of nine aliases of the previous: 9^9 strings when expanded. */
function billionLaughs(): string {
  const lines = ['a0: &a0 "lol"'];
  for (let i = 1; i <= 8; i++)
    lines.push(
      `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  const anchors = lines.map((l) => `x-${l}`).join('\n');
  return RUBRIC_YAML.replace(/sections:[\s\S]*?worksheets:/, `${anchors}\nsections: *a8\nworksheets:`);
}

/** Merge keys (`<<`) chained over anchors: YAML 1.1 expansion, which the 1.2 core schema does not do. */
function mergeKeyAbuse(): string {
  const lines = ['base0: &m0 {a: 1, b: 2}'];
  for (let i = 1; i <= 12; i++) lines.push(`base${i}: &m${i} {<<: [*m${i - 1}, *m${i - 1}], k${i}: ${i}}`);
  return `${responsesYaml()}${lines.join('\n')}\n`;
}

export const YAML_CASES: CorpusCase[] = [
  yaml({
    id: 'yaml/valid-rubric',
    command: 'validate',
    verdict: 'accept',
    what: 'The corpus rubric: the baseline every rubric case changes',
    expect: { message: 'ok' },
    text: RUBRIC_YAML,
  }),
  yaml({
    id: 'yaml/valid-responses',
    command: 'score',
    verdict: 'accept',
    what: 'A responses file answering two items of the shipped 2020 rubric: the responses baseline',
    expect: { message: 'District Self-Assessment' },
    text: responsesYaml(),
  }),
  yaml({
    id: 'yaml/billion-laughs',
    command: 'validate',
    verdict: 'refuse',
    what: '9 anchors of 9 aliases each; `sections: *a8` would expand to 387,420,489 strings',
    expect: { code: 'yaml/alias-limit' },
    text: billionLaughs(),
  }),
  yaml({
    id: 'yaml/merge-key-abuse',
    command: 'score',
    verdict: 'refuse',
    what: '`<<` merge keys over 12 chained anchors (2^12 copies if merged); also unknown top-level keys',
    expect: { code: 'yaml/alias-limit' },
    text: mergeKeyAbuse(),
  }),
  yaml({
    id: 'yaml/deep-nesting-flow',
    command: 'validate',
    verdict: 'refuse',
    what: '`sections:` followed by 10,000 nested `[` … `]`',
    expect: { code: 'yaml/too-deep', line: 30 },
    text: rubricWith(
      'sections:\n  - id: capacity-building',
      `sections: ${'['.repeat(10_000)}${']'.repeat(10_000)}\nxsections:\n  - id: capacity-building`,
    ),
  }),
  yaml({
    id: 'yaml/deep-nesting-flow-mapping',
    command: 'score',
    verdict: 'refuse',
    what: 'An evidence value of 10,000 nested `{a: …}`',
    expect: { code: 'yaml/too-deep', line: 10 },
    text: responsesYaml({ evidence: `${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}` }),
  }),
  yaml({
    id: 'yaml/deep-nesting-unclosed',
    command: 'score',
    verdict: 'reject',
    what: 'An evidence value of 10,000 `[` never closed',
    expect: { line: 10 },
    text: responsesYaml({ evidence: '['.repeat(10_000) }),
  }),
  yaml({
    id: 'yaml/duplicate-keys',
    command: 'score',
    verdict: 'reject',
    what: "capacity-building.1's `rating` twice (line 11), a quoted and a `? ` duplicate, `respondent` twice",
    expect: { code: 'yaml/duplicate-key', line: 11, column: 5 },
    text: responsesYaml({
      evidence: 'null\n    rating: urgent-gap\n    "evidence": x\n    ? evidence\n    : y',
      tail: 'respondent:\n  name: Mallory Example\n',
    }),
  }),
  yaml({
    id: 'yaml/duplicate-item-ids',
    command: 'validate',
    verdict: 'reject',
    what: 'Two items of a rubric with the same id (valid YAML, invalid rubric)',
    expect: { code: 'rubric/duplicate-id', line: 37 },
    text: rubricWith('id: capacity-building.2', 'id: capacity-building.1'),
  }),
  yaml({
    id: 'yaml/many-keys',
    command: 'score',
    verdict: 'reject',
    what: 'A valid 1.3 MB responses file whose items map has 100,000 keys (unknown item ids)',
    expect: { code: 'responses/unknown-item', line: 14 },
    seconds: 40,
    text: responsesYaml({
      tail: Array.from({ length: 100_000 }, (_, i) => `  x-${i}.1:\n    rating: strength`).join('\n'),
    }),
  }),
  yaml({
    id: 'yaml/many-keys-2000',
    command: 'score',
    verdict: 'reject',
    what: 'A responses file whose items map has 2,000 keys that are not items of the rubric',
    expect: { code: 'responses/unknown-item', line: 14 },
    text: responsesYaml({
      tail: Array.from({ length: 2_000 }, (_, i) => `  x-${i}.1:\n    rating: strength`).join('\n'),
    }),
  }),
  yaml({
    id: 'yaml/tabs-indent',
    command: 'score',
    verdict: 'reject',
    what: "capacity-building.1's fields indented with a TAB",
    expect: { code: 'yaml/tab-indent', line: 9, column: 1 },
    text: responsesYaml().replace('    rating: strength', '\trating: strength'),
  }),
  yaml({
    id: 'yaml/tabs-mixed-indent',
    command: 'validate',
    verdict: 'reject',
    what: 'An item indented with spaces and a TAB',
    expect: { line: 35 },
    text: rubricWith('        number: 1\n', '  \t      number: 1\n'),
  }),
  yaml({
    id: 'yaml/invalid-utf8',
    command: 'score',
    verdict: 'reject',
    what: 'Evidence holding bytes FF, C3 28, overlong C0 AF, a surrogate ED A0 80 and a truncated E2 82',
    expect: { code: 'input/invalid-utf8', line: 10, column: 19 },
    bytes: () => {
      const [head, tail] = responsesYaml({ evidence: '@@' }).split('@@') as [string, string];
      return concat(
        head,
        'bad ',
        Buffer.from([0xff, 0xc3, 0x28, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xe2, 0x82]),
        tail,
      );
    },
  }),
  yaml({
    id: 'yaml/utf16le-bom',
    command: 'score',
    verdict: 'accept',
    what: 'UTF-16LE with a BOM (YAML 1.2 allows it), respondent "Zoë Ñandú 中文"',
    expect: { message: 'District Self-Assessment' },
    bytes: () =>
      concat(
        Buffer.from([0xff, 0xfe]),
        Buffer.from(responsesYaml().replace('Alice Example', 'Zoë Ñandú 中文'), 'utf16le'),
      ),
  }),
  yaml({
    id: 'yaml/utf16be-bom',
    command: 'score',
    verdict: 'accept',
    what: 'UTF-16BE with a BOM, respondent "Zoë Ñandú 中文"',
    expect: { message: 'District Self-Assessment' },
    bytes: () =>
      concat(
        Buffer.from([0xfe, 0xff]),
        Buffer.from(responsesYaml().replace('Alice Example', 'Zoë Ñandú 中文'), 'utf16le').swap16(),
      ),
  }),
  yaml({
    id: 'yaml/utf16le-no-bom',
    command: 'score',
    verdict: 'reject',
    what: 'UTF-16LE without a byte-order mark',
    expect: { code: 'input/encoding', line: 1 },
    bytes: () => Buffer.from(responsesYaml(), 'utf16le'),
  }),
  yaml({
    id: 'yaml/utf8-bom',
    command: 'validate',
    verdict: 'accept',
    what: 'UTF-8 with a BOM: the BOM must not become part of the first key',
    expect: { message: 'ok' },
    bytes: () => concat(Buffer.from([0xef, 0xbb, 0xbf]), utf8(RUBRIC_YAML)),
  }),
  yaml({
    id: 'yaml/crlf',
    command: 'validate',
    verdict: 'accept',
    what: 'CRLF line endings, including a `|` block scalar in an item text',
    expect: { message: 'ok' },
    text: rubricWith(
      'text: The team meets monthly.',
      'text: |\n          line one\n          line two',
    ).replace(/\n/g, '\r\n'),
  }),
  yaml({
    id: 'yaml/lone-cr',
    command: 'score',
    verdict: 'reject',
    what: 'CR-only line breaks',
    expect: { code: 'yaml/syntax', line: 1 },
    text: responsesYaml().replace(/\n/g, '\r'),
  }),
  yaml({
    id: 'yaml/mixed-line-endings',
    command: 'score',
    verdict: 'reject',
    what: 'CR, LF and CRLF breaks mixed',
    expect: { code: 'yaml/syntax', line: 3 },
    text: responsesYaml().replace('"2020"\n', '"2020"\r\n').replace('self-assessment\n', 'self-assessment\r'),
  }),
  yaml({
    id: 'yaml/multi-document',
    command: 'score',
    verdict: 'reject',
    what: 'Two documents: Alice, then Mallory from line 14',
    expect: { code: 'yaml/multiple-documents', line: 14 },
    text: `${responsesYaml()}---\n${responsesYaml().replace('Alice', 'Mallory')}`,
  }),
  yaml({
    id: 'yaml/explicit-doc-markers',
    command: 'score',
    verdict: 'accept',
    what: '`%YAML 1.2`, `---` and `...` around one document',
    expect: { message: 'District Self-Assessment' },
    text: `%YAML 1.2\n---\n${responsesYaml()}...\n`,
  }),
  yaml({
    id: 'yaml/document-end-then-garbage',
    command: 'score',
    verdict: 'reject',
    what: '`...` followed by junk on line 15',
    expect: { line: 15 },
    text: `${responsesYaml()}...\njunk: [1, 2\n`,
  }),
  yaml({
    id: 'yaml/proto-pollution',
    command: 'validate',
    verdict: 'reject',
    what: '`__proto__`, `constructor`, `prototype` keys at the top and nested, item id `__proto__`',
    expect: { code: 'schema/unknown-property' },
    text: rubricWith(
      'id: corpus-mini\n',
      'id: corpus-mini\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n',
    ).replace('id: actionable-data.2', 'id: __proto__'),
  }),
  yaml({
    id: 'yaml/proto-pollution-items',
    command: 'score',
    verdict: 'reject',
    what: '`items` keys `__proto__`, `constructor`, `toString`, `hasOwnProperty`',
    expect: { message: '__proto__' },
    text: responsesYaml({
      tail: ['__proto__', 'constructor', 'toString', 'hasOwnProperty']
        .map((k) => `  ${k}:\n    rating: strength`)
        .join('\n'),
    }),
  }),
  yaml({
    id: 'yaml/tag-js-function',
    command: 'score',
    verdict: 'reject',
    what: '`!!js/function` that would write a marker file, `!!js/regexp`, `!!js/undefined`',
    expect: { code: 'yaml/unknown-tag', line: 10 },
    text: responsesYaml({
      evidence:
        '!!js/function \'function () { require("fs").writeFileSync("/tmp/bad-inputs-PWNED-js", "x") }\'',
      tail: '  extra.1:\n    rating: !!js/regexp /(a+)+$/\n    evidence: !!js/undefined ~\n',
    }),
  }),
  yaml({
    id: 'yaml/tag-python-object',
    command: 'score',
    verdict: 'reject',
    what: '`!!python/object/apply:os.system`, `!!python/name`, `!!python/object/new`',
    expect: { code: 'yaml/unknown-tag', line: 10 },
    text: responsesYaml({
      evidence: '!!python/object/apply:os.system ["touch /tmp/bad-inputs-PWNED-py"]',
      tail: '  extra.1:\n    rating: !!python/name:os.system\n    evidence: !!python/object/new:str [x]\n',
    }),
  }),
  yaml({
    id: 'yaml/tag-misc',
    command: 'validate',
    verdict: 'reject',
    what: '`%TAG` directive, `!Ref`, `!e!range`, `!!set`, `!!binary`, `!!omap` and a verbatim tag',
    expect: { code: 'yaml/unknown-tag' },
    text: `%TAG !e! tag:example.com,2000:\n---\n${rubricWith(
      'title: Corpus rubric\n',
      'title: !Ref other\nx-a: !e!range 1\nx-b: !!set {a, b}\nx-c: !!binary aGk=\nx-d: !!omap [a: 1]\nx-e: !<tag:yaml.org,2002:str> s\n',
    )}`,
  }),
  yaml({
    id: 'yaml/anchor-cycle',
    command: 'validate',
    verdict: 'reject',
    what: 'An alias inside its own anchored node (`sections: &s [ … *s ]`)',
    expect: { code: 'yaml/recursive-alias' },
    text: rubricWith(
      'sections:\n  - id: capacity-building',
      'sections: &s\n  - x-self: *s\n    id: capacity-building',
    ),
  }),
  yaml({
    id: 'yaml/undefined-alias',
    command: 'score',
    verdict: 'reject',
    what: '`*nothing_here`',
    expect: { code: 'yaml/bad-alias', line: 10 },
    text: responsesYaml({ evidence: '*nothing_here' }),
  }),
  ...['', '# only a comment\n# and another\n', '   \n\n  \t\n'].map((text, i) =>
    yaml({
      id: ['yaml/empty', 'yaml/comment-only', 'yaml/whitespace-only'][i]!,
      command: 'validate',
      verdict: 'reject',
      what: ['No bytes at all', 'Comments only', 'Spaces, tabs and newlines only'][i]!,
      expect: { code: 'yaml/empty' },
      text,
    }),
  ),
  ...[
    ['scalar', 'just a string\n', 'yaml/not-a-mapping'],
    ['sequence', '- id: corpus-mini\n- title: x\n', 'yaml/not-a-mapping'],
    ['null', '~\n', 'yaml/not-a-mapping'],
  ].map(([root, text, code]) =>
    yaml({
      id: `yaml/${root}-top-level`,
      command: 'score',
      verdict: 'reject',
      what: `The root is ${root === 'null' ? 'null' : `a ${root}`}`,
      expect: { code: code!, line: 1 },
      text: text!,
    }),
  ),
  yaml({
    id: 'yaml/items-not-mapping',
    command: 'score',
    verdict: 'reject',
    what: '`items: four out of five`',
    expect: { message: 'items', line: 7 },
    text: responsesYaml().replace(/items:[\s\S]*/, 'items: four out of five\n'),
  }),
  yaml({
    id: 'yaml/sections-not-list',
    command: 'validate',
    verdict: 'reject',
    what: '`sections: 42`',
    expect: { message: 'sections', line: 30 },
    text: RUBRIC_YAML.replace(/sections:[\s\S]*?worksheets:/, 'sections: 42\nworksheets:'),
  }),
  yaml({
    id: 'yaml/number-overflow',
    command: 'validate',
    verdict: 'reject',
    what: 'Scale values `1e400`, `.nan`, `0x7FFF…` and 5,000 nines',
    expect: { line: STRENGTH_VALUE_LINE },
    text: rubricWith('value: 4', 'value: 1e400')
      .replace('value: 3', 'value: .nan')
      .replace('value: 2', 'value: 0x7FFFFFFFFFFFFFFFFFFFFFFF')
      .replace('value: 1', `value: ${'9'.repeat(5_000)}`),
  }),
  yaml({
    id: 'yaml/long-line-1mb',
    command: 'score',
    verdict: 'reject',
    what: 'A 1 MiB single-line evidence, over the 100,000-character limit of an answer',
    expect: { line: 10, message: 'capacity-building.1' },
    text: responsesYaml({ evidence: 'x'.repeat(1024 * 1024) }),
  }),
  yaml({
    id: 'yaml/evidence-at-limit',
    command: 'score',
    verdict: 'accept',
    what: 'An evidence of exactly 100,000 characters: the documented limit',
    expect: { message: 'District Self-Assessment' },
    text: responsesYaml({ evidence: 'x'.repeat(100_000) }),
  }),
  yaml({
    id: 'yaml/evidence-over-limit',
    command: 'score',
    verdict: 'reject',
    what: 'An evidence of 100,001 characters: one over the limit',
    expect: { line: 10 },
    text: responsesYaml({ evidence: 'x'.repeat(100_001) }),
  }),
  yaml({
    id: 'yaml/long-line-1mb-error',
    command: 'score',
    verdict: 'reject',
    what: 'A 0.8 MiB single-line flow map with a stray `]`: a syntax error at once, in linear time',
    expect: { code: 'yaml/syntax', line: 10 },
    text: responsesYaml({
      evidence: `{${Array.from({ length: 80_000 }, (_, i) => `k${i}: 1`).join(', ')}]`,
    }),
  }),
  yaml({
    id: 'yaml/nul-bytes',
    command: 'score',
    verdict: 'reject',
    what: 'A raw NUL in the respondent (line 5, column 16), a comment and the end',
    expect: { code: 'input/nul-byte', line: 5, column: 16 },
    text: responsesYaml().replace('Alice Example', 'Alice E\u0000xample').concat('# \u0000\n\u0000'),
  }),
  yaml({
    id: 'yaml/nul-escape',
    command: 'score',
    verdict: 'accept',
    what: 'Valid escapes `"\\0"` and `"\\a"` in an evidence: read, and never written raw',
    expect: { message: 'District Self-Assessment' },
    text: responsesYaml({ evidence: '"before\\0after\\a"' }),
  }),
  yaml({
    id: 'yaml/control-chars',
    command: 'score',
    verdict: 'accept',
    what: 'Escapes for ANSI `\\e[2J`, an OSC title, backspaces and CR in the respondent name',
    expect: { message: 'District Self-Assessment' },
    text: responsesYaml().replace('Alice Example', '"Alice\\e[2J\\e[31m\\e]0;pwned\\a\\b\\b\\rX"'),
  }),
  yaml({
    id: 'yaml/bidi-zero-width',
    command: 'score',
    verdict: 'reject',
    what: 'Item ids `capacity-building.1\\u200b` and Cyrillic `сapacity-building.2` that look like real ones',
    expect: { message: '\\u200b' },
    text: responsesYaml({
      tail: '  "capacity-building.1\\u200b":\n    rating: strength\n  \u0441apacity-building.2:\n    rating: strength\n',
    }),
  }),
  yaml({
    id: 'yaml/non-string-keys',
    command: 'score',
    verdict: 'reject',
    what: 'Keys `1`, `true` and `~` under items',
    expect: { code: 'yaml/non-string-key', line: 14 },
    text: responsesYaml({ tail: '  1: x\n  true: x\n  ~: x\n' }),
  }),
  yaml({
    id: 'yaml/flow-sequence-key',
    command: 'score',
    verdict: 'reject',
    what: 'A key `[capacity-building.1, capacity-building.2]`: never stringified to one id',
    expect: { line: 14 },
    text: responsesYaml({ tail: '  [capacity-building.1, capacity-building.2]: x\n' }),
  }),
  yaml({
    id: 'yaml/unterminated-quote',
    command: 'score',
    verdict: 'reject',
    what: 'A double-quoted evidence opened on line 10 and never closed',
    expect: { code: 'yaml/unterminated-quote', line: 10 },
    text: responsesYaml({ evidence: '"never closed' }),
  }),
  yaml({
    id: 'yaml/bad-indentation',
    command: 'validate',
    verdict: 'reject',
    what: 'A key indented one space too far',
    expect: { line: 5 },
    text: rubricWith('edition:\n  label: "1"\n', 'edition:\n  label: "1"\n   extra: 2\n'),
  }),
];
