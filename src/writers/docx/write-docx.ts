import { Document, Packer } from 'docx';
import type { DocumentModel, WriterOptions } from '../../document/model.js';
import type { ControlIds } from './content-controls.js';
import { documentProperties } from './document-properties.js';
import { documentStyles, listNumbering } from './docx-styles.js';
import { repackDocx } from './repack-docx.js';
import { sectionToDocx } from './section-to-docx.js';
import { halfPoints } from './units.js';

/**
 * A Word document (DOCX) of a model: the same content as the PDF, with every field as a tagged content
 * control (checkboxes for options, plain-text controls for text and dates) and the rubric's identity in the
 * custom document properties. The same model always gives the same bytes.
 */
export async function writeDocx(model: DocumentModel, _options: WriterOptions = {}): Promise<Uint8Array> {
  const ids: ControlIds = { next: 0 };
  const lists = { next: 0 };
  const fontSize = model.sections[0]?.page.fontSize ?? 10;
  const document = new Document({
    ...documentProperties(model.meta),
    styles: documentStyles(fontSize, model.meta.language),
    numbering: listNumbering(fontSize),
    sections: model.sections.map((section) => sectionToDocx(section, ids, lists, halfPoints(fontSize))),
  });
  const packed = await Packer.toBuffer(document);
  return repackDocx(packed, model.meta.created);
}
