import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { buildDocument } from '../../src/document/build-document.js';
import { fieldsOf, type WorksheetKind } from '../../src/document/model.js';
import { rubricHash } from '../../src/rubric/content-hash.js';
import type { Rubric } from '../../src/rubric/rubric.generated.js';

/**
 * A bare AcroForm with exactly the fields and metadata docs/fields.md prescribes for a worksheet (radio
 * groups built by pdf-lib, whose widgets' states are indices mapped through /Opt; text fields; the
 * rubricate.* keys in the info dictionary), without any layout: a stand-in for the PDF writer in tests.
 */
export async function acroformStandIn(rubric: Rubric, kind: WorksheetKind): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const form = doc.getForm();
  let page = doc.addPage([612, 792]);
  let y = 760;
  const groups = new Map<string, ReturnType<typeof form.createRadioGroup>>();
  for (const field of fieldsOf(buildDocument(rubric, { kind }))) {
    if (y < 40) [page, y] = [doc.addPage([612, 792]), 760];
    if (field.kind === 'choice') {
      const group = groups.get(field.name) ?? form.createRadioGroup(field.name);
      groups.set(field.name, group);
      const index = group.getOptions().length;
      group.addOptionToPage(field.value, page, { x: 40 + 30 * index, y, width: 12, height: 12 });
      if (index === rubric.scale.levels.length - 1) y -= 16;
    } else if (field.kind !== 'checkbox') {
      const text = form.createTextField(field.name);
      if (field.kind === 'text' && field.multiline) text.enableMultiline();
      text.addToPage(page, { x: 250, y, width: 300, height: 14 });
      y -= 16;
    }
  }
  const info = doc.getInfoDict();
  const meta: [string, string][] = [
    ['rubricate.rubric-id', rubric.id],
    ['rubricate.edition', rubric.edition.label],
    ['rubricate.rubric-hash', rubricHash(rubric)],
    ['rubricate.kind', kind],
  ];
  for (const [key, value] of meta) info.set(PDFName.of(key), PDFHexString.fromText(value));
  return doc.save();
}
