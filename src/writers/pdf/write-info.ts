import { metadataEntries } from '../../document/metadata-entries.js';
import type { DocumentMeta } from '../../document/model.js';
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
