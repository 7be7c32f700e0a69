import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { FilledForm } from '../../src/extract/filled-form.js';
import { readDocxForm } from '../../src/extract/read-docx-form.js';
import { readPdfForm } from '../../src/extract/read-pdf-form.js';
import { SHARED } from '../helpers/cli.js';

const CORPUS = join(SHARED, 'bad-inputs');
const BASELINE = {
  rubric: 'essay-v1',
  respondent: 'Alice Example',
  clarity: '4',
  evidence: '3',
  comment: 'Solid structure, thin sourcing.',
};

function texts(form: FilledForm): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [name, value] of form.fields)
    out[name] = value.kind === 'text' ? value.value : `<${value.kind}>`;
  return out;
}

const pdf = (name: string) => readPdfForm(name, readFileSync(join(CORPUS, 'pdf', name)));
const docx = (name: string) => readDocxForm(name, readFileSync(join(CORPUS, 'docx', name)));

describe('readPdfForm on the corpus files that must be read', () => {
  for (const name of [
    'valid-form.pdf',
    'valid-form-objstm.pdf',
    'header-junk.pdf',
    'startxref-beyond-eof.pdf',
    'objstm-loop.pdf',
  ]) {
    it(`${name} gives the baseline values`, async () => {
      expect(texts(await pdf(name))).toEqual(BASELINE);
    });
  }

  it('javascript-openaction.pdf: stored values, no action run (clarity 4, evidence 3)', async () => {
    const form = await pdf('javascript-openaction.pdf');
    expect(texts(form)).toMatchObject({ clarity: '4', evidence: '3' });
  });

  it('incremental-update.pdf: the latest revision (2, 5) and a note about revisions', async () => {
    const form = await pdf('incremental-update.pdf');
    expect(texts(form)).toMatchObject({ respondent: 'Alice Example (revised)', clarity: '2', evidence: '5' });
    expect(form.notes).toEqual(['2 revisions; the latest values were read']);
  });

  it('field-100kb-value.pdf: the whole 102,400-character comment', async () => {
    const comment = texts(await pdf('field-100kb-value.pdf')).comment;
    expect(comment).toHaveLength(102_400);
  });

  it('field-unicode-control.pdf: each string decoded by its BOM or PDFDocEncoding; bad UTF-16 reported', async () => {
    const form = await pdf('field-unicode-control.pdf');
    const values = texts(form);
    expect(values.rubric).toBe('essay-v1 ✓');
    expect(values.respondent).toContain('Zoë');
    expect(values.respondent).toContain('😀');
    expect(values.respondent).toContain('\u202e');
    expect(values.clarity).toBe('４');
    expect(values.evidence).toBe('ﬁﬂ •“ PDFDocEncoding high bytes');
    expect(values.comment).toContain('NUL[\u0000]');
    expect(values.評価).toBe('5');
    expect(form.fields.get('lone-surrogate')).toEqual({
      kind: 'invalid',
      reason: expect.stringContaining('UTF-16BE'),
    });
    expect(form.fields.get('odd-length-utf16')).toEqual({
      kind: 'invalid',
      reason: expect.stringContaining('odd number'),
    });
  });

  it('field-wrong-value-types.pdf: each bad value named, null and missing are empty', async () => {
    const form = await pdf('field-wrong-value-types.pdf');
    const reasons = Object.fromEntries(
      [...form.fields].map(([k, v]) => [k, v.kind === 'invalid' ? v.reason : v]),
    );
    expect(reasons).toEqual({
      rubric: 'a dangling reference (99 0 R)',
      respondent: 'an array, expected a string',
      clarity: 'a number, expected a string',
      evidence: 'a name (Three), expected a string',
      comment: 'a stream, expected a string',
      nullv: { kind: 'text', value: null },
      missing: { kind: 'text', value: null },
      dictv: 'a dictionary, expected a string',
      level: '"7", which is not one of its options',
    });
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

describe('readDocxForm on the corpus files that must be read', () => {
  for (const name of [
    'valid-form.docx',
    'document-utf16.docx',
    'document-xml-wrong-case.docx',
    'path-traversal.docx',
    'path-traversal-variants.docx',
  ]) {
    it(`${name} gives the baseline values`, () => {
      const form = docx(name);
      expect(form.method).toBe('docx-tags');
      expect(texts(form)).toEqual(BASELINE);
    });
  }

  it('sdt-split-runs-placeholder.docx: runs concatenated with the tab, placeholder read as missing', () => {
    expect(texts(docx('sdt-split-runs-placeholder.docx'))).toEqual({
      respondent: 'Alice\t Example',
      clarity: '4',
      evidence: null,
    });
  });

  it('nested-sdt-1000.docx: clarity 4 inside 1,000 container controls, containers left out', () => {
    expect(texts(docx('nested-sdt-1000.docx'))).toEqual({ respondent: 'Alice Example', clarity: '4' });
  });

  it('sdt-unicode.docx: text kept faithfully', () => {
    const values = texts(docx('sdt-unicode.docx'));
    expect(values.clarity).toBe('４');
    expect(values.evidence).toBe('3️⃣');
    expect(values.comment).toContain('\u200b');
    expect(values.comment).toContain('\u202e');
    expect(values.comment).toContain('\ufeff');
  });
});
