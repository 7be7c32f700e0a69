import { deflateSync } from 'node:zlib';
import type { DocumentModel, WriterOptions } from '../../document/model.js';
import { documentStructure, type StructNode } from '../../document/structure.js';
import { loadFonts } from '../fonts/load-fonts.js';
import { buildAcroForm } from './build-acroform.js';
import { contentStream } from './content-stream.js';
import { FIELD_FONT, FieldFonts } from './field-fonts.js';
import type { PlacedWidget } from './field-tree.js';
import { layoutDocument } from './layout/layout-document.js';
import { PdfFonts } from './pdf-fonts.js';
import { PDFDocument, PDFName, type PDFRef } from './pdf-objects.js';
import { StructureContent } from './structure-content.js';
import { TextAppearance } from './text-appearance.js';
import { writeInfo, writeManifest } from './write-info.js';
import { type TaggedWidget, writeStructure } from './write-structure.js';
import { writeXmp } from './write-xmp.js';

/**
 * Renders the document model as a tagged PDF (PDF/UA-1) with a fillable AcroForm: every page's content is
 * marked as content of the structure element it belongs to or as an artifact, and every widget sits in a
 * Form element (docs/accessibility.md). The same model (and fonts) always gives the same bytes.
 */
export async function writePdf(model: DocumentModel, options: WriterOptions): Promise<Uint8Array> {
  const fontSet = loadFonts(options.fonts);
  const structure = documentStructure(model);
  const plans = layoutDocument(model, fontSet, structure);
  const doc = PDFDocument.create();
  const { context } = doc;
  const fonts = new PdfFonts(context, fontSet.face('regular'));
  const fontDictRef = context.nextRef();
  const resources = context.register(context.obj({ Font: fontDictRef }));
  const pageRefs: PDFRef[] = [];
  const widgets: PlacedWidget[] = [];
  const marked = new StructureContent();
  let sameContent = plans.length === lastPageCount;
  lastPageCount = plans.length;
  plans.forEach((plan, index) => {
    const page = doc.addPage([plan.width, plan.height]);
    const text = contentStream(plan.ops, fonts, marked.page(index));
    sameContent &&= lastContent[index]?.text === text;
    const content = deflatedContent(index, text);
    page.node.set(
      PDFName.of('Contents'),
      context.register(context.stream(content, { Filter: 'FlateDecode' })),
    );
    page.node.set(PDFName.of('Resources'), resources);
    page.node.set(PDFName.of('StructParents'), index);
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    pageRefs.push(page.ref);
    for (const widget of plan.widgets) widgets.push({ plan: widget, page: index });
  });
  const annots: PDFRef[][] = plans.map(() => []);
  const fieldFonts = new FieldFonts(context, fonts);
  const textAppearance = new TextAppearance(context, fonts, fontSet, fieldFonts);
  const tagged = new Map<StructNode, TaggedWidget>();
  const keys = new Map(widgets.map((placed, i) => [placed, plans.length + i]));
  const acroForm = buildAcroForm(widgets, {
    context,
    pageRefs,
    annots,
    fontDictRef,
    textAppearance,
    structure: {
      key: (placed) => (placed.plan.node ? keys.get(placed) : undefined),
      bind: (placed, ref) => {
        const { node } = placed.plan;
        if (node) tagged.set(node, { node, ref, page: placed.page, key: keys.get(placed)! });
      },
    },
  });
  if (acroForm) doc.catalog.set(PDFName.of('AcroForm'), acroForm);
  annots.forEach((refs, i) => {
    if (refs.length > 0) doc.getPage(i).node.set(PDFName.of('Annots'), context.obj(refs));
  });
  fonts.finish();
  fieldFonts.finish();
  const fontDict: Record<string, PDFRef> = {};
  for (const font of fonts.fonts) fontDict[font.name] = font.ref;
  if (acroForm) fontDict[FIELD_FONT] = fonts.simpleForm.ref;
  if (acroForm)
    fontDict.ZaDb = context.register(
      context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'ZapfDingbats' }),
    );
  context.assign(fontDictRef, context.obj(fontDict));
  writeInfo(doc, model.meta);
  writeManifest(doc, model);
  doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  doc.catalog.set(
    PDFName.of('StructTreeRoot'),
    writeStructure(context, structure, marked, pageRefs, tagged, sameContent),
  );
  doc.catalog.set(PDFName.of('Metadata'), writeXmp(context, model.meta));
  return doc.save();
}

/** The page count of the document written last. */
let lastPageCount = -1;

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
