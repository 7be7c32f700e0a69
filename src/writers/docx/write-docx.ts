import type { DocumentModel, WriterOptions } from '../../document/model.js';
import type { ControlIds } from './content-controls.js';
import { coreXml, customXml } from './document-properties.js';
import { numberingXml, stylesXml } from './docx-styles.js';
import { manifestParts } from './manifest-part.js';
import {
  APP_PROPERTIES,
  contentTypes,
  documentRelationships,
  PACKAGE_RELATIONSHIPS,
  PartList,
  ROOT_NAMESPACES,
  SETTINGS,
} from './package-parts.js';
import type { ListKind } from './section-context.js';
import { sectionToDocx } from './section-to-docx.js';
import { halfPoints } from './units.js';
import { DECLARATION } from './xml-text.js';
import { deflatedEntry, type StoredEntry } from './zip-entry.js';
import { zipWrite } from './zip-write.js';

/**
 * A Word document (DOCX) of a model: the same content as the PDF, with every field as a tagged content
 * control (checkboxes for options, plain-text controls for text and dates) and the rubric's identity in the
 * custom document properties. The WordprocessingML is written directly as text and deflated with native zlib;
 * parts that repeat from document to document are compressed once per process. The same model always gives
 * the same bytes: every zip entry carries the document's own date.
 */
export async function writeDocx(model: DocumentModel, _options: WriterOptions = {}): Promise<Uint8Array> {
  const ids: ControlIds = { next: 0 };
  const lists: ListKind[] = [];
  const fontSize = model.sections[0]?.page.fontSize ?? 10;
  const documentSize = halfPoints(fontSize);
  const parts = new PartList();
  const document = [`${DECLARATION}<w:document ${ROOT_NAMESPACES}><w:body>`];
  model.sections.forEach((section, i) => {
    const last = i === model.sections.length - 1;
    document.push(...sectionToDocx(section, { section: i, ids, lists, documentSize }, parts, last));
  });
  if (model.sections.length === 0) document.push('<w:p/>');
  document.push('</w:body></w:document>');
  const entries: StoredEntry[] = [
    // Office expects the content types first; the rest by path.
    deflatedEntry('[Content_Types].xml', contentTypes(parts)),
    deflatedEntry('_rels/.rels', PACKAGE_RELATIONSHIPS),
    ...manifestParts(model).map(([name, xml]) => deflatedEntry(name, xml)),
    deflatedEntry('docProps/app.xml', APP_PROPERTIES),
    deflatedEntry('docProps/core.xml', coreXml(model.meta)),
    deflatedEntry('docProps/custom.xml', customXml(model.meta)),
    deflatedEntry('word/_rels/document.xml.rels', documentRelationships(parts)),
    deflatedEntry('word/document.xml', document),
    ...parts.running.map((part) => deflatedEntry(`word/${part.name}`, part.xml)),
    deflatedEntry('word/numbering.xml', numberingXml(fontSize, lists)),
    deflatedEntry('word/settings.xml', SETTINGS),
    deflatedEntry('word/styles.xml', stylesXml(fontSize, model.meta.language)),
  ];
  return zipWrite(entries, model.meta.created);
}
