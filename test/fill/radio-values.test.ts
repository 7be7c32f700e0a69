import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFString,
} from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdfForm } from '../../src/extract/read-pdf-form.js';
import { render } from '../roundtrip/worksheets.js';

// Issue 17: a radio group's /V as the common fillers write it — a name (Acrobat, pdftk), a text string
// (pypdf, with or without the name's slash) or the option's index — is read as that option, never guessed.
const DIR = mkdtempSync(join(tmpdir(), 'rubricate-radio-values-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const GROUP = 'capacity-building.1.rating';
const LEVELS = ['strength', 'ok-for-now', 'could-be-better', 'urgent-gap', 'dont-know'];
let blank: Uint8Array;

beforeAll(() => {
  const file = join(DIR, 'blank.pdf');
  render({ rubric: '2025-large-chart', kind: 'self-assessment' }, file);
  blank = new Uint8Array(readFileSync(file));
});

/** The group's value as extract reads it after /V was set to `value`. */
async function readWith(value: PDFObject) {
  const document = await PDFDocument.load(blank, { updateMetadata: false });
  const field = document.getForm().getField(GROUP).acroField.dict as PDFDict;
  field.set(PDFName.of('V'), value);
  const form = await readPdfForm('radio.pdf', await document.save());
  return form.fields.get(GROUP);
}

describe('radio values that fillers write', () => {
  it.each([
    ['a name', PDFName.of('ok-for-now')],
    ['a text string spelled as a name (pypdf)', PDFString.of('/ok-for-now')],
    ['a text string', PDFHexString.fromText('ok-for-now')],
    ['the index as text', PDFString.of('1')],
    ['the index as a number', PDFNumber.of(1)],
  ])('%s selects the option', async (_, value) => {
    expect(await readWith(value)).toEqual({ kind: 'choice', selected: ['ok-for-now'], options: LEVELS });
  });

  it.each([
    ['an Off text string', PDFString.of('/Off')],
    ['an empty text string', PDFString.of('')],
  ])('%s selects nothing', async (_, value) => {
    expect(await readWith(value)).toMatchObject({ kind: 'choice', selected: [] });
  });

  it.each([
    ['an unknown text string', PDFString.of('/great'), '"/great", which is not one of its options'],
    ['an index past the scale', PDFNumber.of(9), "the number 9, which is no option's index"],
    ['a fraction', PDFNumber.of(1.5), "the number 1.5, which is no option's index"],
  ])('%s is an error that names it', async (_, value, reason) => {
    expect(await readWith(value)).toEqual({ kind: 'invalid', reason });
  });
});
