import { inflateSync } from 'node:zlib';
import { type PDFContext, type PDFDict, PDFName, PDFRawStream } from 'pdf-lib';
import { formatBytes, refuseInput, rejectInput } from './input-error.js';

/** The most a manifest may inflate to: about 10,000 fields, far more than any worksheet has. */
export const MANIFEST_BYTES = 4 * 1024 * 1024;

/**
 * The field manifest of a PDF worksheet: the UTF-8 JSON stream under the catalog key /rubricate.manifest
 * (docs/fields.md), inflated with a cap, so a manifest cannot be a flate bomb. Absent in worksheets made
 * before manifests existed.
 */
export function pdfManifest(file: string, context: PDFContext, catalog: PDFDict): string | undefined {
  const entry = catalog.get(PDFName.of('rubricate.manifest'));
  if (entry === undefined) return undefined;
  const stream = context.lookup(entry);
  if (!(stream instanceof PDFRawStream)) throw rejectInput(file, 'the field manifest is not a stream');
  const filter = stream.dict.get(PDFName.of('Filter'));
  const bytes = stream.getContents();
  if (filter === undefined) return decode(file, bytes);
  if (filter !== PDFName.of('FlateDecode'))
    throw rejectInput(file, 'the field manifest uses a filter other than FlateDecode');
  try {
    return decode(file, inflateSync(bytes, { maxOutputLength: MANIFEST_BYTES }));
  } catch (error) {
    if ((error as Error).name === 'UserError') throw error;
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw refuseInput(file, `the field manifest inflates to more than ${formatBytes(MANIFEST_BYTES)}`);
    throw rejectInput(file, 'the field manifest is damaged (bad Flate data)');
  }
}

function decode(file: string, bytes: Uint8Array): string {
  if (bytes.length > MANIFEST_BYTES)
    throw refuseInput(file, `the field manifest is larger than ${formatBytes(MANIFEST_BYTES)}`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw rejectInput(file, 'the field manifest is not valid UTF-8');
  }
}
