import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PDFCheckBox,
  PDFDocument,
  type PDFHexString,
  PDFName,
  PDFRadioGroup,
  type PDFString,
  PDFTextField,
} from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf } from '../../src/document/model.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { itWithPrograms, run } from '../helpers/external.js';
import { fixtureModel, LEVELS } from './pdf-fixture.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-pdf-fields-'));
const model = fixtureModel();
let bytes: Uint8Array;

beforeAll(async () => {
  bytes = await writePdf(model, {});
});
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const expectedNames = [...new Set(fieldsOf(model).map((f) => f.name))];
const levelKeys = LEVELS.map(([key]) => key);

describe('writePdf: the AcroForm', () => {
  it('has exactly the model field names, read back with pdf-lib', async () => {
    const form = (await PDFDocument.load(bytes)).getForm();
    const fields = form.getFields();
    expect(fields.map((f) => f.getName()).sort()).toEqual([...expectedNames].sort());
    const rating = form.getRadioGroup('capacity-building.7.rating');
    expect(rating.getOptions()).toEqual(levelKeys);
    expect(rating.getSelected()).toBeUndefined();
    expect(form.getRadioGroup('capacity-building.2.rating').getSelected()).toBe('urgent');
    const evidence = form.getTextField('capacity-building.7.evidence');
    expect(evidence.isMultiline()).toBe(true);
    expect(form.getTextField('context.date').isMultiline()).toBe(false);
    expect(form.getTextField('context.district').getText()).toBe('Peñasco ISD');
    expect(form.getField('respondent.reviewed')).toBeInstanceOf(PDFCheckBox);
    expect(fields.filter((f) => f instanceof PDFRadioGroup)).toHaveLength(45);
    expect(fields.filter((f) => f instanceof PDFTextField)).toHaveLength(45 + 3);
  });

  it('gives every field its label as tooltip, dates the YYYY-MM-DD hint, and a /DA with the form font in /DR', async () => {
    const doc = await PDFDocument.load(bytes);
    const form = doc.getForm();
    const tip = (name: string) =>
      (form.getField(name).acroField.dict.get(PDFName.of('TU')) as PDFHexString | PDFString).decodeText();
    expect(tip('capacity-building.3.rating')).toBe('Rating for item 3');
    expect(tip('capacity-building.3.evidence')).toBe('How do you know? (item 3)');
    expect(tip('context.date')).toBe('Date (YYYY-MM-DD)');
    const da = form.getTextField('capacity-building.3.evidence').acroField.getDefaultAppearance();
    const fontName = /^\/(\S+) [\d.]+ Tf/.exec(da ?? '')![1]!;
    const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'));
    const dr = (
      acroForm as unknown as { lookup(n: unknown): { lookup(n: unknown): { get(n: unknown): unknown } } }
    )
      .lookup(PDFName.of('DR'))
      .lookup(PDFName.of('Font'));
    expect(dr.get(PDFName.of(fontName))).toBeDefined();
  });

  it('reads back the same names and export values with pdfjs-dist', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
    const objects = (await doc.getFieldObjects()) as Record<
      string,
      { exportValues?: string; value?: unknown; type: string }[]
    >;
    // getFieldObjects also lists the non-terminal nodes of the dotted hierarchy (`capacity-building`, …).
    const terminal = Object.keys(objects).filter((name) => objects[name]!.some((o) => o.type !== ''));
    expect(terminal.sort()).toEqual([...expectedNames].sort());
    // The group's own entry comes first, then one entry per widget with its export value.
    const radios = objects['capacity-building.5.rating']!.filter((r) => r.exportValues !== undefined);
    expect(radios.map((r) => r.exportValues)).toEqual(levelKeys);
    expect(radios.every((r) => r.type === 'radiobutton')).toBe(true);
    expect(objects['capacity-building.2.rating']!.at(-1)!.value).toBe('urgent');
    expect(objects['capacity-building.5.evidence']![0]!.type).toBe('text');
    expect(objects['context.district']![0]!.value).toBe('Peñasco ISD');
    await doc.destroy();
  });

  itWithPrograms('pdftk')('keeps values filled in by pdftk from XFDF (radio and accented text)', async () => {
    const blank = join(DIR, 'blank.pdf');
    const data = join(DIR, 'data.xfdf');
    const filled = join(DIR, 'filled.pdf');
    writeFileSync(blank, bytes);
    writeFileSync(
      data,
      `<?xml version="1.0" encoding="UTF-8"?>
<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve"><fields>
<field name="capacity-building.4.rating"><value>needs-improvement</value></field>
<field name="capacity-building.4.evidence"><value>Nguyễn Thị Hương visited Peñasco ISD</value></field>
<field name="context.date"><value>2026-03-15</value></field>
</fields></xfdf>`,
    );
    run('pdftk', [blank, 'fill_form', data, 'output', filled]);
    const form = (await PDFDocument.load(readFileSync(filled))).getForm();
    expect(form.getRadioGroup('capacity-building.4.rating').getSelected()).toBe('needs-improvement');
    expect(form.getTextField('capacity-building.4.evidence').getText()).toBe(
      'Nguyễn Thị Hương visited Peñasco ISD',
    );
    expect(form.getTextField('context.date').getText()).toBe('2026-03-15');
    expect(form.getRadioGroup('capacity-building.5.rating').getSelected()).toBeUndefined();
  });
});
