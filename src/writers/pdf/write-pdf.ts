import { deflateSync } from 'node:zlib';
import type { DocumentModel, WriterOptions } from '../../document/model.js';
import { loadFonts } from '../fonts/load-fonts.js';
import { buildAcroForm } from './build-acroform.js';
import { contentStream } from './content-stream.js';
import type { PlacedWidget } from './field-tree.js';
import { layoutDocument } from './layout/layout-document.js';
import { PdfFonts } from './pdf-fonts.js';
import { PDFDocument, PDFName, type PDFRef } from './pdf-objects.js';
import { TextAppearance } from './text-appearance.js';
import { writeInfo, writeManifest } from './write-info.js';

/**
 * Renders the document model as a PDF with a fillable AcroForm. The same model (and fonts) always gives
 * the same bytes.
 */
export async function writePdf(model: DocumentModel, options: WriterOptions): Promise<Uint8Array> {
  const fontSet = loadFonts(options.fonts);
  const plans = layoutDocument(model, fontSet);
  const doc = PDFDocument.create();
  const { context } = doc;
  const fonts = new PdfFonts(context, fontSet.face('regular'));
  const fontDictRef = context.nextRef();
  const resources = context.register(context.obj({ Font: fontDictRef }));
  const pageRefs: PDFRef[] = [];
  const widgets: PlacedWidget[] = [];
  plans.forEach((plan, index) => {
    const page = doc.addPage([plan.width, plan.height]);
    const content = deflatedContent(index, contentStream(plan.ops, fonts));
    page.node.set(
      PDFName.of('Contents'),
      context.register(context.stream(content, { Filter: 'FlateDecode' })),
    );
    page.node.set(PDFName.of('Resources'), resources);
    pageRefs.push(page.ref);
    for (const widget of plan.widgets) widgets.push({ plan: widget, page: index });
  });
  const annots: PDFRef[][] = plans.map(() => []);
  const textAppearance = new TextAppearance(context, fonts, fontSet, fontDictRef);
  const formName = fonts.get(fontSet.face('regular')).name;
  const acroForm = buildAcroForm(widgets, {
    context,
    pageRefs,
    annots,
    formFontName: formName,
    fontDictRef,
    textAppearance,
  });
  if (acroForm) doc.catalog.set(PDFName.of('AcroForm'), acroForm);
  annots.forEach((refs, i) => {
    if (refs.length > 0) doc.getPage(i).node.set(PDFName.of('Annots'), context.obj(refs));
  });
  fonts.finish();
  const fontDict: Record<string, PDFRef> = {};
  for (const font of fonts.fonts) fontDict[font.name] = font.ref;
  if (acroForm)
    fontDict.ZaDb = context.register(
      context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'ZapfDingbats' }),
    );
  context.assign(fontDictRef, context.obj(fontDict));
  writeInfo(doc, model.meta);
  writeManifest(doc, model);
  return doc.save();
}

/** The last content written for each page number, with its compressed bytes. */
const lastContent: { text: string; deflated: Uint8Array }[] = [];

/**
 * A page's content stream, compressed. In a batch most pages come out the same for every row (only where
 * a name is printed differs), so the last compression per page number is kept and reused when the text is
 * equal: comparing two strings costs far less than deflating one.
 */
function deflatedContent(page: number, text: string): Uint8Array {
  const last = lastContent[page];
  if (last?.text === text) return last.deflated;
  const deflated = deflateSync(Buffer.from(text, 'latin1'));
  if (page < 256) lastContent[page] = { text, deflated };
  return deflated;
}
