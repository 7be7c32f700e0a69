import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/extract/limits.js';
import { readDocxForm } from '../../src/extract/read-docx-form.js';
import { readHtmlForm } from '../../src/extract/read-html-form.js';
import { readPdfForm } from '../../src/extract/read-pdf-form.js';
import { runCli } from '../helpers/cli.js';
import { fieldChain, manyFields } from './pdf-builder.js';

const dir = mkdtempSync(join(tmpdir(), 'rubricate-extract-limits-'));
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** What a reader says of a document: 'read', or its error message. */
async function outcome(read: () => unknown): Promise<string> {
  try {
    await read();
    return 'read';
  } catch (error) {
    return (error as Error).message;
  }
}

const docx = (body: string) =>
  zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`),
  });
const control = (tag: string, text: string) =>
  `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent><w:r><w:t>${text}</w:t></w:r></w:sdtContent></w:sdt>`;

describe('extract limits, each at the limit and one past it', () => {
  it(`input file size: ${LIMITS.fileBytes} bytes, by its size`, () => {
    const at = join(dir, 'at.pdf');
    writeFileSync(at, '');
    truncateSync(at, LIMITS.fileBytes);
    expect(runCli(['extract', at]).stderr).toContain('not a PDF');
    const over = join(dir, 'over.pdf');
    writeFileSync(over, '');
    truncateSync(over, LIMITS.fileBytes + 1);
    expect(runCli(['extract', over]).stderr).toContain('refused: the file is 50.0 MiB, larger than 50.0 MiB');
  });

  it(`AcroForm field depth: ${LIMITS.pdfFieldDepth} levels`, async () => {
    expect(await outcome(() => readPdfForm('f.pdf', fieldChain(LIMITS.pdfFieldDepth)))).toBe('read');
    expect(await outcome(() => readPdfForm('f.pdf', fieldChain(LIMITS.pdfFieldDepth + 1)))).toMatch(
      /refused: form field hierarchy deeper than 32 levels/,
    );
  });

  it(`AcroForm field nodes: ${LIMITS.pdfFieldNodes}`, async () => {
    expect(await outcome(() => readPdfForm('f.pdf', manyFields(LIMITS.pdfFieldNodes)))).toBe('read');
    expect(await outcome(() => readPdfForm('f.pdf', manyFields(LIMITS.pdfFieldNodes + 1)))).toMatch(
      /refused: more than 100000 form field nodes/,
    );
  }, 60_000);

  it(`XML nesting: ${LIMITS.xmlDepth} elements`, async () => {
    // w:document and w:body are two levels; the rest are nested runs around one control.
    const nested = (depth: number) =>
      docx(`${'<w:r>'.repeat(depth - 2)}${'</w:r>'.repeat(depth - 2)}${control('clarity', '4')}`);
    expect(await outcome(() => readDocxForm('f.docx', nested(LIMITS.xmlDepth)))).toBe('read');
    expect(await outcome(() => readDocxForm('f.docx', nested(LIMITS.xmlDepth + 1)))).toMatch(
      /refused: .*XML nested deeper than 10000 elements/,
    );
  });

  it(`content controls: ${LIMITS.controls}`, async () => {
    const many = (count: number) => docx(control('clarity', '4') + '<w:sdt></w:sdt>'.repeat(count - 1));
    expect(await outcome(() => readDocxForm('f.docx', many(LIMITS.controls)))).toBe('read');
    expect(await outcome(() => readDocxForm('f.docx', many(LIMITS.controls + 1)))).toMatch(
      /refused: more than 100000 content controls/,
    );
  });

  it(`characters in one field value: ${LIMITS.fieldChars}`, async () => {
    const long = (n: number) => 'a'.repeat(n);
    const limit = LIMITS.fieldChars;
    expect(await outcome(() => readDocxForm('f.docx', docx(control('comment', long(limit)))))).toBe('read');
    expect(await outcome(() => readDocxForm('f.docx', docx(control('comment', long(limit + 1)))))).toMatch(
      /refused: content control "comment" holds more than 1000000 characters/,
    );
    const html = (n: number) => strToU8(`<html><textarea name="comment">${long(n)}</textarea></html>`);
    expect(await outcome(() => readHtmlForm('f.html', html(limit)))).toBe('read');
    expect(await outcome(() => readHtmlForm('f.html', html(limit + 1)))).toMatch(
      /refused: field "comment" holds more than 1000000 characters/,
    );
    const pdf = async (n: number) => (await readPdfForm('f.pdf', fieldChain(1, long(n)))).fields.get('x');
    expect(await pdf(limit)).toEqual({ kind: 'text', value: long(limit) });
    expect(await pdf(limit + 1)).toMatchObject({ kind: 'invalid' });
  });
});
