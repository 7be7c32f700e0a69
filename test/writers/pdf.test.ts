import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import type { DocumentModel } from '../../src/document/model.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { itWithPrograms, run } from '../helpers/external.js';
import { fixtureModel } from './pdf-fixture.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-pdf-'));
const FILE = join(DIR, 'fixture.pdf');
let bytes: Uint8Array;

beforeAll(async () => {
  bytes = await writePdf(fixtureModel(), {});
  writeFileSync(FILE, bytes);
});
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** pdftotext of each page. */
function pages(file: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
  return Array.from({ length: count }, (_, i) =>
    run('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-']),
  );
}

describe('writePdf: layout and text', () => {
  itWithPrograms('qpdf')('passes qpdf --check', () => {
    expect(run('qpdf', ['--check', FILE])).toContain('No syntax or stream encoding errors');
  });

  itWithPrograms('pdftotext', 'pdfinfo')('contains every text, accents and Vietnamese included', () => {
    const text = pages(FILE).join('\n');
    for (const expected of [
      'Family engagement self-assessment',
      'Peñasco ISD',
      'Nguyễn Thị Hương',
      'Read each item.',
      'The district builds capacity in area 45 with families.',
      'Greatest strengths',
      'After the break.',
      'Where are we?',
      'Row 150',
      'Value 1050',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.replace(/\s+/g, '')).toContain(
      'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstaltsdirektorinnenvereinigung',
    );
  });

  itWithPrograms('pdftotext', 'pdfinfo')(
    'repeats the table header on every page the table continues on',
    () => {
      const all = pages(FILE);
      const withRows = all.filter((p) => /Row \d+/.test(p));
      expect(withRows.length).toBeGreaterThanOrEqual(4);
      for (const page of withRows) expect(page).toContain('Long table header');
      const rating = all.filter((p) => /area \d+ with families/.test(p));
      expect(rating.length).toBeGreaterThan(3);
      for (const page of rating) expect(page).toMatch(/Item\s+Strength/);
      const rows = withRows.join('\n').match(/Row \d+\b/g)!;
      expect(rows).toEqual(Array.from({ length: 150 }, (_, i) => `Row ${i + 1}`));
    },
  );

  itWithPrograms('pdftotext', 'pdfinfo')('numbers pages in running headers with the page count', () => {
    const all = pages(FILE);
    expect(all[0]).toContain(`Page 1 of ${all.length}`);
    expect(all[1]).toContain(`Page 2 of ${all.length}`);
    expect(all.at(-1)).toContain('Wall chart — Peñasco ISD');
    expect(all.at(-1)!.trim().endsWith(String(all.length))).toBe(true);
  });

  it('writes the metadata of docs/fields.md deterministically', async () => {
    const { PDFDocument, PDFName, PDFHexString } = await import('pdf-lib');
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Self-assessment — Peñasco ISD');
    expect(doc.getAuthor()).toBe('Nguyễn Thị Hương');
    expect(doc.getCreator()).toBe('rubricate');
    expect(doc.getProducer()).toBe('rubricate');
    expect(doc.getCreationDate()?.getTime()).toBe(0);
    expect(doc.getModificationDate()?.getTime()).toBe(0);
    expect(doc.getKeywords()).toContain('rubricate.rubric-id=2025-large-chart');
    const info = doc.getInfoDict();
    const read = (key: string) =>
      (info.get(PDFName.of(key)) as InstanceType<typeof PDFHexString>).decodeText();
    expect(read('rubricate.rubric-id')).toBe('2025-large-chart');
    expect(read('rubricate.edition')).toBe('4/10/25');
    expect(read('rubricate.rubric-hash')).toBe('a'.repeat(64));
    expect(read('rubricate.kind')).toBe('self-assessment');
    // Template values are not metadata: extract never needs them, and a long CSV cell must not bloat the file.
    expect(info.get(PDFName.of('rubricate.value.district'))).toBeUndefined();
    expect(doc.getKeywords()).not.toContain('Peñasco');
    // The field manifest: a Flate stream of JSON under the catalog (docs/fields.md).
    const { PDFRawStream } = await import('pdf-lib');
    const stream = doc.context.lookup(doc.catalog.get(PDFName.of('rubricate.manifest')));
    expect(stream).toBeInstanceOf(PDFRawStream);
    const { inflateSync } = await import('node:zlib');
    const manifest = JSON.parse(
      inflateSync((stream as InstanceType<typeof PDFRawStream>).getContents()).toString(),
    );
    expect(manifest).toMatchObject({ manifest: 1, rubric: '2025-large-chart', kind: 'self-assessment' });
    expect((doc.catalog.get(PDFName.of('Lang')) as InstanceType<typeof PDFHexString>).decodeText()).toBe(
      'en-US',
    );
  });

  it('refuses a character no font covers, naming it and the text it is in', async () => {
    const model: DocumentModel = fixtureModel(1);
    model.sections[0]!.blocks.push({ type: 'paragraph', runs: [{ text: 'School 漢字 name' }] });
    const error = await writePdf(model, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      'no font covers the character "漢" (U+6F22) in "School 漢字 name"; pass a font that has it with --font FILE.ttf',
    );
  });
});
