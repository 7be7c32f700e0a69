import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../src/report/json/json-pieces.js';
import { jsonBytes } from '../../src/report/json/write-report-json.js';

const stringify = (value: unknown) => JSON.stringify(value, null, 2);

describe('jsonPieces', () => {
  it('joins to exactly JSON.stringify(value, null, 2), however small the pieces', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 6 }), fc.integer({ min: 1, max: 40 }), (value, weight) => {
        const pieces = jsonPieces(value, weight);
        expect(pieces.join('')).toBe(stringify(value) ?? '');
      }),
      { numRuns: 500 },
    );
  });

  it('splits a heavy value into many pieces, skipping what JSON.stringify skips', () => {
    const answers = Array.from({ length: 300 }, (_, i) => ({
      respondent: i,
      rating: i % 3 === 0 ? null : 'strength',
      gone: undefined,
      call: () => i,
      when: new Date(Date.UTC(2026, 0, 1 + (i % 28))),
      plan: i % 2 === 0 ? [] : [{ column: 'who', text: `Name ${i}` }],
    }));
    const report = {
      version: 2,
      empty: {},
      none: [],
      items: [
        { id: 'a.1', answers },
        { id: 'a.2', answers },
      ],
    };
    const pieces = jsonPieces(report, 64);
    expect(pieces.length).toBeGreaterThan(20);
    expect(pieces.join('')).toBe(stringify(report));
  });
});

describe('jsonBytes', () => {
  it('is the UTF-8 of the JSON and a newline, with raw controls and bidi overrides escaped', () => {
    const value = {
      name: 'Ai\u001b]0;title\u0007sha\u202e',
      text: 'district’s Nguyễn 👩‍👩‍👧',
      n: [1, 2.5, null],
    };
    const text = Buffer.from(jsonBytes(value)).toString('utf8');
    expect(text).toBe(`${stringify(value).replace('\u202e', '\\u202e')}\n`);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('escapes an unsafe character in any piece of a large value, key or string, deep or not', () => {
    const answers = Array.from({ length: 5000 }, (_, i) => ({ respondent: i, evidence: `Notes ${i}` }));
    answers[2500] = { respondent: 2500, evidence: 'a\u202eb' };
    const value = { 'key\u0085': 1, deep: [[{ x: ['ok', '\u007f'] }]], answers, plain: 'שלום می‌خواهم' };
    const text = Buffer.from(jsonBytes(value)).toString('utf8');
    expect(text).not.toMatch(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/,
    );
    expect(text).toContain('"key\\u0085": 1');
    expect(text).toContain('"evidence": "a\\u202eb"');
    expect(JSON.parse(text)).toEqual(value);
  });
});
