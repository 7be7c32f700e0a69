import { type DocxControl, docxControls } from './docx-controls.js';
import { docxCustomProperties } from './docx-custom-properties.js';
import { docxManifest } from './docx-manifest.js';
import type { ChoiceValue, FilledForm, FilledValue } from './filled-form.js';
import { quote, refuseInput, rejectInput } from './input-error.js';
import { LIMITS } from './limits.js';
import { openDocumentKind } from './open-document.js';
import { safeXml } from './safe-xml.js';
import { findEntry, readEntry, safeZip } from './safe-zip.js';

const DOCUMENT = 'word/document.xml';
const CUSTOM = 'docProps/custom.xml';

/**
 * Reads a filled DOCX worksheet in memory (nothing is extracted to disk; entries other than the main
 * document and the custom properties are never inflated). Fields come from content-control tags
 * (docs/fields.md); when no control has a tag (LibreOffice drops them on saving), the controls are returned
 * in document order for matching by position (`docx-order`).
 */
export function readDocxForm(file: string, bytes: Uint8Array): FilledForm {
  if (bytes.length > LIMITS.fileBytes)
    throw refuseInput(file, `the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MiB`);
  const zip = safeZip(file, bytes);
  const main = findEntry(zip, DOCUMENT);
  if (!main) {
    const kind = openDocumentKind(zip);
    if (kind === 'text')
      throw rejectInput(
        file,
        'an OpenDocument text file (.odt), which extract does not read: in LibreOffice, File › Save As… › Word 2007–365 (.docx), then extract the .docx',
      );
    throw rejectInput(file, `${DOCUMENT} missing: not a Word document`);
  }
  const { visitor, controls } = docxControls(file);
  safeXml(file, main.name, readEntry(zip, main), visitor);
  const metadata = new Map<string, string>();
  const custom = findEntry(zip, CUSTOM);
  if (custom) {
    const reader = docxCustomProperties(file);
    safeXml(file, custom.name, readEntry(zip, custom), reader.visitor);
    for (const [k, v] of reader.properties) metadata.set(k, v);
  }
  const manifest = docxManifest(file, zip);
  if (controls.length === 0) throw rejectInput(file, 'no content controls (form fields) found');
  const tagged = controls.filter((c) => c.tag !== undefined && c.tag !== '');
  if (tagged.length === 0) {
    const ordered = controls.map((c) =>
      c.kind === 'checkbox'
        ? { kind: 'checkbox' as const, checked: c.checked }
        : { kind: 'text' as const, value: c.value },
    );
    return {
      format: 'docx',
      method: 'docx-order',
      metadata,
      fields: new Map(),
      ordered,
      notes: [],
      ...(manifest ? { manifest } : {}),
    };
  }
  const notes =
    tagged.length < controls.length
      ? [`${controls.length - tagged.length} content controls without a tag were skipped`]
      : [];
  const fields = fieldsByTag(file, tagged);
  return { format: 'docx', method: 'docx-tags', metadata, fields, notes, ...(manifest ? { manifest } : {}) };
}

/** Text controls by tag; checkboxes tagged `<name>=<option>` gathered into one choice group per name. */
function fieldsByTag(file: string, controls: DocxControl[]): Map<string, FilledValue> {
  const fields = new Map<string, FilledValue>();
  const ambiguous = (name: string) =>
    rejectInput(file, `ambiguous field ${quote(name)}: more than one content control has this tag`);
  for (const control of controls) {
    const tag = control.tag as string;
    const split = tag.indexOf('=');
    if (control.kind === 'checkbox' && split > 0) {
      const name = tag.slice(0, split);
      const option = tag.slice(split + 1);
      const group = fields.get(name) ?? { kind: 'choice', selected: [], options: [] };
      if (group.kind !== 'choice' || group.options.includes(option)) throw ambiguous(tag);
      addOption(group, option, control.checked);
      fields.set(name, group);
      continue;
    }
    if (fields.has(tag)) throw ambiguous(tag);
    fields.set(
      tag,
      control.kind === 'checkbox'
        ? { kind: 'checkbox', checked: control.checked }
        : { kind: 'text', value: control.value },
    );
  }
  return fields;
}

function addOption(group: ChoiceValue, option: string, checked: boolean): void {
  group.options.push(option);
  if (checked) group.selected.push(option);
}
