import { deflateSync, inflateSync } from 'fflate';
import { crc32 } from './crc32.js';
import { type StoredEntry, zipEntries } from './zip-entries.js';
import { zipWrite } from './zip-write.js';

const CORE = 'docProps/core.xml';
const DEFLATE = 8;

/**
 * Makes a packed DOCX reproducible. The docx package stamps the current time into docProps/core.xml and into
 * every zip entry; this puts the document's own date in both and writes the entries in a fixed order
 * ([Content_Types].xml first, as Office expects, then by path). The other entries' compressed bytes are copied
 * as the package wrote them (fflate, deterministic), so the large document part is not compressed twice.
 */
export function repackDocx(packed: Uint8Array, created: Date): Uint8Array {
  const entries = zipEntries(packed).map((entry) =>
    entry.name === CORE ? datedCore(entry, created) : entry,
  );
  return zipWrite(entries.sort(entryOrder), created);
}

function datedCore(entry: StoredEntry, created: Date): StoredEntry {
  const raw = entry.method === DEFLATE ? inflateSync(entry.data) : entry.data;
  const iso = `${created.toISOString().slice(0, 19)}Z`;
  const xml = new TextDecoder()
    .decode(raw)
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${iso}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso}$2`);
  const bytes = new TextEncoder().encode(xml);
  const data = deflateSync(bytes, { level: 6 });
  return {
    name: entry.name,
    method: DEFLATE,
    crc: crc32(bytes),
    size: data.length,
    originalSize: bytes.length,
    data,
  };
}

function entryOrder(a: StoredEntry, b: StoredEntry): number {
  const first = '[Content_Types].xml';
  if (a.name === first || b.name === first) return a.name === first ? (b.name === first ? 0 : -1) : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
