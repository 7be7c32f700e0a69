import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib';
import { appendRevision, type PdfObject } from './pdf-bytes.js';

/**
 * Fills a worksheet rendered by rubricate the way a viewer saves it: an incremental update that rewrites
 * each answered field (its /V, and the /AS of a rating's widgets), leaving the original bytes untouched.
 */
export async function fillRenderedPdf(
  pdf: Uint8Array,
  answers: Record<string, string>,
  prev?: 'self',
): Promise<Buffer> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const { context } = document;
  const objects: PdfObject[] = [];
  const changed = (ref: PDFRef, dict: PDFDict) =>
    objects.push({ num: ref.objectNumber, body: () => dict.toString() });
  for (const field of document.getForm().getFields()) {
    const value = answers[field.getName()];
    if (value === undefined) continue;
    const ref = field.ref;
    const dict = (context.lookup(ref) as PDFDict).clone(context);
    const kids = dict.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) {
      dict.set(PDFName.of('V'), PDFName.of(value));
      for (const kid of kids.asArray()) {
        const widget = (context.lookup(kid) as PDFDict).clone(context);
        const normal = (widget.lookup(PDFName.of('AP')) as PDFDict | undefined)?.lookup(PDFName.of('N'));
        const on = normal instanceof PDFDict && normal.has(PDFName.of(value));
        widget.set(PDFName.of('AS'), PDFName.of(on ? value : 'Off'));
        changed(kid as PDFRef, widget);
      }
    } else dict.set(PDFName.of('V'), PDFHexString.fromText(value));
    changed(ref, dict);
  }
  const trailer = Object.entries(context.trailerInfo)
    .filter(([key, v]) => v !== undefined && ['Root', 'Info', 'ID'].includes(key))
    .map(([key, v]) => `/${key} ${v!.toString()}`)
    .join(' ');
  return appendRevision(pdf, objects, `/Size ${context.largestObjectNumber + 1} ${trailer}`, prev);
}
