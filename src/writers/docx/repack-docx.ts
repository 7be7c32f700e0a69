import { unzipSync, type Zippable, zipSync } from 'fflate';

/** Zip timestamps are DOS dates: nothing before 1980. */
const EARLIEST_ZIP_DATE = Date.UTC(1980, 0, 1, 12);

/**
 * Makes a packed DOCX reproducible: the docx package stamps the current time into docProps/core.xml and into
 * every zip entry. This puts the document's own date in both, and writes entries in a fixed order
 * ([Content_Types].xml first, as Office expects, then by path) at a fixed compression level.
 */
export function repackDocx(packed: Uint8Array, created: Date): Uint8Array {
  const entries = unzipSync(packed);
  const iso = `${created.toISOString().slice(0, 19)}Z`;
  const core = entries['docProps/core.xml'];
  if (core) {
    const xml = new TextDecoder()
      .decode(core)
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${iso}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso}$2`);
    entries['docProps/core.xml'] = new TextEncoder().encode(xml);
  }
  const mtime = new Date(Math.max(created.getTime(), EARLIEST_ZIP_DATE));
  const ordered: Zippable = {};
  for (const path of Object.keys(entries).sort(entryOrder)) ordered[path] = entries[path]!;
  return zipSync(ordered, { level: 6, mtime });
}

function entryOrder(a: string, b: string): number {
  const first = '[Content_Types].xml';
  if (a === first || b === first) return a === first ? (b === first ? 0 : -1) : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
