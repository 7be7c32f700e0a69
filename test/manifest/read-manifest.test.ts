import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { MANIFEST_BYTES, pdfManifest } from '../../src/extract/pdf-manifest.js';
import { readManifest } from '../../src/extract/read-manifest.js';

const GOOD = {
  manifest: 1,
  rubric: 'r',
  edition: '1',
  hash: 'a'.repeat(64),
  kind: 'self-assessment',
  items: { 'a.1': '0123456789ab' },
  fields: [
    { name: 'a.1.rating', kind: 'choice', label: 'Rating', item: 'a.1', options: ['x', 'y'] },
    { name: 'respondent.name', kind: 'text', label: 'Name' },
  ],
};

const read = (value: unknown) => () => readManifest('w.pdf', JSON.stringify(value));

describe('a field manifest read from a worksheet', () => {
  it('is taken as written when well formed', () => {
    expect(readManifest('w.pdf', JSON.stringify(GOOD))).toEqual(GOOD);
  });

  it('is refused, naming what is wrong, when damaged', () => {
    expect(() => readManifest('w.pdf', '{"manifest":')).toThrow(
      'w.pdf: its field manifest is damaged: not JSON',
    );
    expect(read([1])).toThrow('w.pdf: its field manifest is damaged: not a JSON object');
    expect(read({ ...GOOD, kind: 'poster' })).toThrow(
      'w.pdf: its field manifest is damaged: unknown kind "poster"',
    );
    expect(read({ ...GOOD, fields: [GOOD.fields[1], GOOD.fields[1]] })).toThrow(
      'w.pdf: its field manifest is damaged: field "respondent.name" is listed twice',
    );
    expect(read({ ...GOOD, fields: [{ ...GOOD.fields[0], options: undefined }] })).toThrow(
      'w.pdf: its field manifest is damaged: choice "a.1.rating" has no list of options',
    );
    expect(read({ ...GOOD, fields: [{ ...GOOD.fields[0], item: 'a.2' }] })).toThrow(
      'w.pdf: its field manifest is damaged: field 1 names an item without a text hash',
    );
    expect(read({ ...GOOD, fields: [{ name: '__proto__', kind: 'text', label: 'x' }] })).not.toThrow();
  });

  it('of a newer format is refused with the advice to upgrade', () => {
    expect(read({ ...GOOD, manifest: 2 })).toThrow(
      'w.pdf: its field manifest is version 2, newer than this rubricate reads (1); upgrade rubricate',
    );
  });
});

describe('the PDF field manifest stream', () => {
  async function withManifest(bytes: Uint8Array, filter?: string) {
    const doc = await PDFDocument.create();
    const raw = doc.context.stream(bytes, filter ? { Filter: filter } : {});
    doc.catalog.set(PDFName.of('rubricate.manifest'), doc.context.register(raw));
    return { context: doc.context, catalog: doc.catalog };
  }

  it('is inflated and read as UTF-8', async () => {
    const { context, catalog } = await withManifest(deflateSync(Buffer.from('{"a":"é"}')), 'FlateDecode');
    expect(pdfManifest('w.pdf', context, catalog)).toBe('{"a":"é"}');
  });

  it('is refused once it inflates past its limit, without inflating further (a flate bomb)', async () => {
    const bomb = deflateSync(Buffer.alloc(MANIFEST_BYTES + 1, 0x20));
    const { context, catalog } = await withManifest(bomb, 'FlateDecode');
    expect(() => pdfManifest('w.pdf', context, catalog)).toThrow(
      'w.pdf: refused: the field manifest inflates to more than 4.0 MiB (limits: docs/extract.md)',
    );
  });

  it('is refused with another filter, or when it is not valid UTF-8', async () => {
    const lzw = await withManifest(new Uint8Array([1, 2]), 'LZWDecode');
    expect(() => pdfManifest('w.pdf', lzw.context, lzw.catalog)).toThrow(
      'w.pdf: the field manifest uses a filter other than FlateDecode',
    );
    const latin = await withManifest(new Uint8Array([0xe9]));
    expect(() => pdfManifest('w.pdf', latin.context, latin.catalog)).toThrow(
      'w.pdf: the field manifest is not valid UTF-8',
    );
  });
});
