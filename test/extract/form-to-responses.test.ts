import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildDocument } from '../../src/document/build-document.js';
import { type Field, fieldsOf } from '../../src/document/model.js';
import type { FilledForm, FilledValue } from '../../src/extract/filled-form.js';
import { formToResponses } from '../../src/extract/form-to-responses.js';
import { normaliseDate } from '../../src/extract/normalise-date.js';
import { pdfText } from '../../src/extract/pdf-text.js';
import { responsesToYaml } from '../../src/extract/responses-to-yaml.js';
import { rubricHash } from '../../src/rubric/content-hash.js';
import { loadRubric } from '../../src/rubric/load-rubric.js';
import type { Rubric } from '../../src/rubric/rubric.generated.js';

let rubric: Rubric;
let expected: Field[];

beforeAll(async () => {
  rubric = (await loadRubric('rubrics/2020-assessment.yaml')).loaded!.rubric;
  expected = fieldsOf(buildDocument(rubric, { kind: 'self-assessment' }));
});

/** Every expected field present and empty, with some overridden. */
function run(overrides: Record<string, FilledValue>, remove: string[] = []) {
  const fields = new Map<string, FilledValue>();
  for (const field of expected) {
    if (field.kind === 'choice') {
      const group = (fields.get(field.name) ?? { kind: 'choice', selected: [], options: [] }) as {
        options: string[];
      };
      group.options.push(field.value);
      fields.set(field.name, group as FilledValue);
    } else fields.set(field.name, { kind: 'text', value: null });
  }
  for (const [name, value] of Object.entries(overrides)) fields.set(name, value);
  for (const name of remove) fields.delete(name);
  const form: FilledForm = { format: 'pdf', method: 'pdf-fields', metadata: new Map(), fields, notes: [] };
  return formToResponses({
    file: 'w.pdf',
    form,
    fields,
    rubric,
    hash: rubricHash(rubric),
    kind: 'self-assessment',
    expected,
  });
}

const choice = (...selected: string[]): FilledValue => ({ kind: 'choice', selected, options: [] });

describe('formToResponses', () => {
  it('maps ratings, evidence, respondent and context by field name', () => {
    const { responses } = run({
      'capacity-building.1.rating': choice('ok-for-now'),
      'capacity-building.1.evidence': { kind: 'text', value: 'Agenda' },
      'respondent.role': { kind: 'text', value: 'Principal' },
      'context.date': { kind: 'text', value: 'March 5, 2026' },
    });
    expect(responses.items['capacity-building.1']).toEqual({ rating: 'ok-for-now', evidence: 'Agenda' });
    expect(responses.respondent).toEqual({ name: null, role: 'Principal' });
    expect(responses.context?.date).toBe('2026-03-05');
    expect(Object.keys(responses.items)).toHaveLength(
      new Set(expected.map((f) => f.name.replace(/\.[^.]+$/, ''))).size - 2,
    );
  });

  it('rejects a fullwidth digit or any non-key rating without normalising it', () => {
    expect(() => run({ 'capacity-building.2.rating': { kind: 'text', value: '４' } })).toThrow(
      /item capacity-building\.2: unknown rating "４"/,
    );
    expect(() => run({ 'capacity-building.2.rating': choice('Strength') })).toThrow(
      /unknown rating "Strength"/,
    );
  });

  it('rejects two options ticked, naming the item and both options', () => {
    expect(() => run({ 'capacity-building.3.rating': choice('strength', 'urgent-gap') })).toThrow(
      /item capacity-building\.3: 2 ratings ticked \("strength", "urgent-gap"\)/,
    );
  });

  it('names missing fields and unreadable values in one line', () => {
    expect(() => run({}, ['respondent.name', 'capacity-building.2.rating'])).toThrow(
      /field "respondent\.name" is missing; field "capacity-building\.2\.rating" is missing/,
    );
    expect(() =>
      run({ 'capacity-building.1.evidence': { kind: 'invalid', reason: 'an array, expected a string' } }),
    ).toThrow(/field "capacity-building\.1\.evidence": an array, expected a string/);
  });

  it('keeps unknown field names inert (no prototype pollution) and notes them', () => {
    const { notes } = run(
      JSON.parse('{"__proto__":{"kind":"text","value":"x"},"constructor":{"kind":"text","value":"y"}}'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(notes.join()).toContain('2 fields not on the worksheet ignored: "__proto__", "constructor"');
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2026-03-15', '2026-03-15'],
    ['2026/3/5', '2026-03-05'],
    ['3/15/2026', '2026-03-15'],
    ['15.3.2026', '2026-03-15'],
    ['4/4/2026', '2026-04-04'],
    ['3/4/2026', '3/4/2026'],
    ['March 15, 2026', '2026-03-15'],
    ['15 Sept 2026', '2026-09-15'],
    ['2026-02-30', '2026-02-30'],
    ['next Tuesday', 'next Tuesday'],
  ])('%s → %s', (typed, normalised) => expect(normaliseDate(typed)).toBe(normalised));
});

describe('pdfText', () => {
  it('decodes PDFDocEncoding high bytes, not as cp1252', () => {
    expect(pdfText(Uint8Array.from([0x93, 0x94, 0x20, 0x80, 0x8d, 0xa0]))).toEqual({
      ok: true,
      text: 'ﬁﬂ •“€',
    });
  });
  it('reports odd-length and unpaired UTF-16', () => {
    expect(pdfText(Uint8Array.from([0xfe, 0xff, 0x00, 0x41, 0x00])).ok).toBe(false);
    expect(pdfText(Uint8Array.from([0xfe, 0xff, 0xd8, 0x00, 0x00, 0x41])).ok).toBe(false);
  });
});

describe('responsesToYaml', () => {
  it('reads back exactly what was written, with no raw control, bidi or BOM characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const responses = { rubric: 'r', edition: '1', items: { 'a.1': { rating: null, evidence: text } } };
        const yaml = responsesToYaml(responses, '../schema/responses.schema.json');
        expect(parse(yaml)).toEqual(responses);
        expect(yaml).not.toMatch(
          /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/,
        );
      }),
      { numRuns: 500 },
    );
  });
});
