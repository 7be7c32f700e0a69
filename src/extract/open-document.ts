import { findEntry, readEntry, type ZipArchive } from './safe-zip.js';

/** The most a `mimetype` entry is read to: the longest OpenDocument type is under 80 bytes. */
const MIMETYPE_LIMIT = 256;

/**
 * The OpenDocument kind of a zip that has no Word main part (`text` for an .odt), from its `mimetype` entry
 * (ODF 1.2 part 3, §3.3), or undefined when it is not an OpenDocument package.
 */
export function openDocumentKind(zip: ZipArchive): string | undefined {
  const entry = findEntry(zip, 'mimetype');
  if (!entry || entry.size > MIMETYPE_LIMIT) return undefined;
  const type = Buffer.from(readEntry(zip, entry)).toString('latin1').trim();
  return /^application\/vnd\.oasis\.opendocument\.([a-z-]+)$/.exec(type)?.[1];
}
