import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { FilledForm } from '../../src/extract/filled-form.js';
import { readDocxForm } from '../../src/extract/read-docx-form.js';
import { readHtmlForm } from '../../src/extract/read-html-form.js';
import { readPdfForm } from '../../src/extract/read-pdf-form.js';
import { CORPUS } from '../corpus/corpus-index.js';
import { corpusKit } from '../corpus/corpus-kit.js';
import { ANSWERS } from '../corpus/mini-form.js';

/** The bytes of one corpus case (test/corpus/INDEX.md), built in memory. */
async function bytesOf(id: string): Promise<Uint8Array> {
  const c = CORPUS.find((k) => k.id === id);
  if (!c) throw new Error(`no corpus case ${id}`);
  return c.build(await corpusKit());
}

function texts(form: FilledForm): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [name, value] of form.fields)
    out[name] =
      value.kind === 'text'
        ? value.value
        : value.kind === 'choice'
          ? (value.selected[0] ?? null)
          : `<${value.kind}>`;
  return out;
}

/** The worksheet answers every filled corpus form holds, as the readers see them (before the rubric). */
const BASELINE = ANSWERS;

const pdf = async (id: string) => readPdfForm(id, await bytesOf(`pdf/${id}`));
const docx = async (id: string) => readDocxForm(id, await bytesOf(`docx/${id}`));

describe('readPdfForm on the corpus cases that must be read', () => {
  for (const id of [
    'valid-form',
    'valid-form-objstm',
    'valid-rendered',
    'header-junk',
    'broken-xref',
    'startxref-beyond-eof',
    'objstm-extends-itself',
    'xref-prev-loop',
  ]) {
    it(`${id} gives the baseline answers`, async () => {
      expect(texts(await pdf(id))).toMatchObject(BASELINE);
    });
  }

  it('javascript-openaction: stored values, no action run', async () => {
    expect(texts(await pdf('javascript-openaction'))).toMatchObject(BASELINE);
  });

  it('incremental-update: the latest revision and a note about revisions', async () => {
    const form = await pdf('incremental-update');
    expect(texts(form)).toMatchObject({
      'respondent.name': 'Alice Example (revised)',
      'capacity-building.1.rating': 'could-be-better',
    });
    expect(form.notes).toEqual(['3 revisions; the latest values were read']);
  });

  it('field-value-100000: the whole 100,000-character evidence', async () => {
    expect(texts(await pdf('field-value-100000'))['capacity-building.1.evidence']).toHaveLength(100_000);
  });

  it('each string decoded by its BOM or PDFDocEncoding; bad UTF-16 reported', async () => {
    const unicode = texts(await pdf('field-unicode-control'));
    expect(unicode['respondent.name']).toBe('Zoë 中文 مرحبا 😀 \u202eevil');
    expect(unicode['capacity-building.1.evidence']).toContain('NUL[\u0000]');
    expect(texts(await pdf('field-pdfdocencoding'))['capacity-building.1.evidence']).toBe('ﬁﬂ•“');
    expect(texts(await pdf('field-utf8-bom'))['capacity-building.1.evidence']).toBe('essay ✓');
    expect((await pdf('field-lone-surrogate')).fields.get('respondent.name')).toEqual({
      kind: 'invalid',
      reason: expect.stringContaining('UTF-16BE'),
    });
    expect((await pdf('field-odd-utf16')).fields.get('respondent.name')).toEqual({
      kind: 'invalid',
      reason: expect.stringContaining('odd number'),
    });
  });

  it('each value of the wrong type named, never undefined or [object Object]', async () => {
    const reasons: Record<string, string> = {};
    for (const id of ['dangling-ref', 'array', 'number', 'name', 'dictionary', 'stream']) {
      const value = (await pdf(`value-${id}`)).fields.get('capacity-building.1.evidence');
      reasons[id] = value?.kind === 'invalid' ? value.reason : JSON.stringify(value);
    }
    expect(reasons).toEqual({
      'dangling-ref': 'a dangling reference (99 0 R)',
      array: 'an array, expected a string',
      number: 'a number, expected a string',
      name: 'a name (Three), expected a string',
      dictionary: 'a dictionary, expected a string',
      stream: 'a stream, expected a string',
    });
    const rating = (await pdf('rating-fullwidth-digit')).fields.get('capacity-building.1.rating');
    expect(rating).toEqual({ kind: 'invalid', reason: '"４", which is not one of its options' });
  });
});

describe('readPdfForm on radio groups that store option indices', () => {
  /** A radio group as pdf-lib and Acrobat build it: widget states "0", "1", … and the exports in /Opt. */
  async function radios(select?: string): Promise<Uint8Array> {
    const document = await PDFDocument.create();
    const page = document.addPage();
    const group = document.getForm().createRadioGroup('item.rating');
    for (const [i, option] of ['strength', 'ok-for-now', 'dont-know'].entries())
      group.addOptionToPage(option, page, { x: 40 + 30 * i, y: 700, width: 12, height: 12 });
    if (select) group.select(select);
    return document.save();
  }

  it('maps the selected state through /Opt to the export value', async () => {
    const form = await readPdfForm('opt.pdf', await radios('ok-for-now'));
    expect(form.fields.get('item.rating')).toEqual({
      kind: 'choice',
      selected: ['ok-for-now'],
      options: ['strength', 'ok-for-now', 'dont-know'],
    });
  });

  it('reads an unselected group as no choice', async () => {
    const form = await readPdfForm('opt.pdf', await radios());
    expect(form.fields.get('item.rating')).toMatchObject({ kind: 'choice', selected: [] });
  });
});

describe('readDocxForm on the corpus cases that must be read', () => {
  for (const id of [
    'valid-rendered',
    'document-utf16',
    'document-xml-wrong-case',
    'path-traversal',
    'path-traversal-variants',
    'nested-sdt-1000',
  ]) {
    it(`${id} gives the baseline answers`, async () => {
      const form = await docx(id);
      expect(form.method).toBe('docx-tags');
      expect(texts(form)).toMatchObject(BASELINE);
    });
  }

  it('sdt-split-runs-placeholder: runs concatenated with the tab, placeholder read as missing', async () => {
    const values = texts(await docx('sdt-split-runs-placeholder'));
    expect(values['respondent.name']).toBe('Alice\t Example');
    expect(values['context.school']).toBeNull();
  });

  it('nested-sdt-1000: containers are not fields', async () => {
    expect([...(await docx('nested-sdt-1000')).fields.keys()].filter((k) => k.startsWith('level-'))).toEqual(
      [],
    );
  });

  it('sdt-unicode: text kept faithfully', async () => {
    const values = texts(await docx('sdt-unicode'));
    expect(values['respondent.name']).toBe('Zoë 中文 مرحبا 😀 \u202eevil');
    expect(values['capacity-building.1.evidence']).toBe('a\u200bb\ufeffc\u2028d');
  });

  it('untagged-by-position: controls come back in order, for matching by position', async () => {
    const form = await docx('untagged-by-position');
    expect(form.ordered?.length).toBeGreaterThan(0);
  });
});

describe('readHtmlForm on the corpus cases that must be read', () => {
  for (const id of ['valid-saved', 'answers-in-script-and-comments']) {
    it(`${id} gives the baseline answers`, async () => {
      expect(texts(readHtmlForm(id, await bytesOf(`html/${id}`)))).toMatchObject(BASELINE);
    });
  }
});
