import { quote, rejectInput } from './input-error.js';
import { safeXml } from './safe-xml.js';
import { readEntry, type ZipArchive } from './safe-zip.js';

const NAMESPACE = 'https://rubricate.dev/manifest/1';
const ITEM = /^customxml\/item\d{1,3}\.xml$/;
/** Word keeps its data-store items; a document with more than this many is not a worksheet of ours. */
const MAX_ITEMS = 50;

/**
 * The field manifest of a DOCX worksheet: the text of the custom XML part whose root is
 * `<manifest xmlns="https://rubricate.dev/manifest/1">` (Word may renumber the part when it saves, so
 * every `customXml/itemN.xml` is looked at, each through the same guarded zip and XML readers).
 */
export function docxManifest(file: string, zip: ZipArchive): string | undefined {
  const items = zip.entries.filter((e) => ITEM.test(e.name.toLowerCase())).slice(0, MAX_ITEMS);
  let found: string | undefined;
  for (const entry of items) {
    let depth = 0;
    let ours = false;
    const text: string[] = [];
    safeXml(file, entry.name, readEntry(zip, entry), {
      open(element) {
        depth++;
        if (depth === 1) ours = element.uri === NAMESPACE && element.local === 'manifest';
      },
      close() {
        depth--;
      },
      text(t) {
        if (ours && depth === 1) text.push(t);
      },
    });
    if (!ours) continue;
    if (found !== undefined)
      throw rejectInput(file, `ambiguous field manifest (a second one in ${quote(entry.name)})`);
    found = text.join('');
  }
  return found;
}
