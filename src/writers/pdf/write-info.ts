import { deflateSync } from 'node:zlib';
import { manifestJson } from '../../document/field-manifest.js';
import { metadataEntries } from '../../document/metadata-entries.js';
import type { DocumentMeta, DocumentModel } from '../../document/model.js';
import type { PDFDocument } from './pdf-objects.js';
import { type PDFContext, PDFHexString, PDFName, PDFString } from './pdf-objects.js';

/** A PDF date string (UTC) for a date. */
export function pdfDate(date: Date): string {
  const iso = date.toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** Writes the Info dictionary, /Lang and the viewer preference to show the title. Deterministic. */
export function writeInfo(doc: PDFDocument, meta: DocumentMeta): void {
  const context: PDFContext = doc.context;
  const text = (s: string) => PDFHexString.fromText(s);
  const entries = metadataEntries(meta);
  const info = context.obj({
    Title: text(meta.title),
    ...(meta.subject ? { Subject: text(meta.subject) } : {}),
    ...(meta.author ? { Author: text(meta.author) } : {}),
    Keywords: text(entries.map(([k, v]) => `${k}=${v}`).join('; ')),
    Creator: text('rubricate'),
    Producer: text('rubricate'),
    CreationDate: PDFString.of(pdfDate(meta.created)),
    ModDate: PDFString.of(pdfDate(meta.created)),
  });
  for (const [key, value] of entries) info.set(PDFName.of(key), text(value));
  context.trailerInfo.Info = context.register(info);
  doc.catalog.set(PDFName.of('Lang'), text(meta.language));
  doc.catalog.set(PDFName.of('ViewerPreferences'), context.obj({ DisplayDocTitle: true }));
}

let last: { json: string; bytes: Uint8Array } | undefined;

/**
 * The field manifest (docs/fields.md) as a Flate-compressed UTF-8 JSON stream under the catalog key
 * /rubricate.manifest. Rows of a batch usually share one manifest, so the last one compressed is reused.
 */
export function writeManifest(doc: PDFDocument, model: DocumentModel): void {
  const json = manifestJson(model);
  if (last?.json !== json) last = { json, bytes: deflateSync(Buffer.from(json, 'utf8')) };
  const stream = doc.context.stream(last.bytes, { Filter: 'FlateDecode' });
  doc.catalog.set(PDFName.of('rubricate.manifest'), doc.context.register(stream));
}
