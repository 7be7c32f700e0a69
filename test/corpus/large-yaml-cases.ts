import type { CorpusCase } from './corpus-case.js';
import { RUBRIC_YAML, responsesYaml } from './corpus-rubric.js';

const MIB = 1024 * 1024;

/** Repeats `piece(i)` after `head` until the text reaches `bytes` (ASCII pieces, so length = bytes). */
function grow(head: string, bytes: number, piece: (i: number) => string): Buffer {
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const next = piece(i);
    parts.push(next);
    size += next.length;
  }
  return Buffer.from(parts.join(''), 'latin1');
}

/**
 * A valid rubric with as many items as fit in `mib` MiB (make-large's rubric kind), in ingredients of 500
 * items, since the schema numbers items up to 999.
 */
function largeRubric(mib: number): Buffer {
  const head = RUBRIC_YAML.replace(/sections:[\s\S]*?worksheets:/, 'worksheets:').concat('sections:\n');
  return grow(head, mib * MIB, (i) => {
    const [section, n] = [`part-${Math.floor(i / 500) + 1}`, (i % 500) + 1];
    const open = n === 1 ? `  - id: ${section}\n    title: Part ${section}\n    items:\n` : '';
    return `${open}      - id: ${section}.${n}\n        number: ${n}\n        text: Criterion number ${i + 1} with some descriptive padding text.\n`;
  });
}

/** Responses whose items map has as many (unknown) item ids as fit: make-large's response kind. */
function largeResponses(mib: number): Buffer {
  return grow(responsesYaml(), mib * MIB, (i) => `  criterion-${i}.1:\n    rating: strength\n`);
}

/** Small responses whose evidence is one huge block scalar: make-large's scalar kind. */
function largeScalar(mib: number): Buffer {
  const head = responsesYaml({ tail: '  actionable-data.1:\n    rating: strength\n    evidence: |\n' });
  return grow(head, mib * MIB, () => '      lorem ipsum dolor sit amet lorem ipsum\n');
}

export const LARGE_YAML_CASES: CorpusCase[] = [
  {
    id: 'yaml/large-rubric-30mb',
    ext: '.yaml',
    command: 'validate',
    verdict: 'refuse',
    what: 'A valid 30 MiB rubric of about 190,000 items (make-large rubric kind)',
    expect: { code: 'input/too-large' },
    build: () => largeRubric(30),
  },
  {
    id: 'yaml/large-responses-30mb',
    ext: '.yaml',
    command: 'score',
    verdict: 'refuse',
    what: 'A valid 30 MiB responses file with about 800,000 item keys (make-large response kind)',
    expect: { code: 'input/too-large' },
    build: () => largeResponses(30),
  },
  {
    id: 'yaml/large-scalar-30mb',
    ext: '.yaml',
    command: 'score',
    verdict: 'refuse',
    what: 'A small responses file whose evidence is a 30 MiB block scalar (make-large scalar kind)',
    expect: { code: 'input/too-large' },
    build: () => largeScalar(30),
  },
  {
    id: 'yaml/large-scalar-8mb-limit',
    ext: '.yaml',
    command: 'score',
    verdict: 'refuse',
    what: 'A block-scalar evidence filling the file to 8 MiB + 1 byte: one byte over the size limit',
    expect: { code: 'input/too-large' },
    build: () => Buffer.concat([largeScalar(8).subarray(0, 8 * MIB), Buffer.from('x')]),
  },
  {
    id: 'yaml/large-scalar-7mb',
    ext: '.yaml',
    command: 'score',
    verdict: 'reject',
    what: 'A 7 MiB block-scalar evidence: under the size limit, over the 100,000-character answer limit',
    expect: { line: 16 },
    build: () => largeScalar(7),
  },
  {
    id: 'yaml/large-rubric-7mb',
    ext: '.yaml',
    command: 'validate',
    verdict: 'accept',
    what: 'A valid 7 MiB rubric of about 45,000 items: under the size limit',
    expect: { message: 'ok' },
    seconds: 40,
    build: () => largeRubric(7),
  },
  {
    id: 'yaml/large-responses-7mb',
    ext: '.yaml',
    command: 'score',
    verdict: 'reject',
    what: 'A 7 MiB responses file with about 190,000 unknown item keys: under the size limit',
    expect: { code: 'responses/unknown-item', line: 14 },
    seconds: 40,
    build: () => largeResponses(7),
  },
];
