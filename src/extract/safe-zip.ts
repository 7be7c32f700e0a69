import { inflateRawSync } from 'node:zlib';
import { crc32 } from './crc32.js';
import { formatBytes, quote, refuseInput, rejectInput } from './input-error.js';
import { LIMITS } from './limits.js';

/** One entry of a zip's central directory. Nothing is inflated or written to disk until it is read. */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** Unix file type bits, when the archive was made on Unix (to spot symlinks). */
  unixMode: number;
}

/** A zip archive held in memory: its bytes and the entries its central directory lists. */
export interface ZipArchive {
  file: string;
  bytes: Uint8Array;
  entries: ZipEntry[];
  /** Declared (and so at most actual) inflated bytes of the entries read so far. */
  inflated: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Reads a zip's central directory, in memory. Rejects what is not a zip (naming OLE2 files, which is what
 * password-protected and legacy Word files are), truncated archives, ZIP64 and split archives, and
 * duplicate entry names (compared case-insensitively, as OPC part names are): an archive where two
 * entries claim the same name is ambiguous, and different tools would read different ones.
 */
export function safeZip(file: string, bytes: Uint8Array): ZipArchive {
  if (bytes.length === 0) throw rejectInput(file, 'not a DOCX (zip): the file is empty');
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    throw rejectInput(file, 'encrypted or legacy Word file (OLE2 compound document); save it as .docx');
  const isZip = startsWith(bytes, [0x50, 0x4b]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0)
    throw rejectInput(
      file,
      isZip ? 'corrupt zip: truncated (no end of central directory)' : 'not a DOCX (zip)',
    );
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    throw rejectInput(file, 'ZIP64 archives are not supported');
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0)
    throw rejectInput(file, 'split (multi-disk) zip archives are not supported');
  if (count > LIMITS.zipEntries)
    throw refuseInput(file, `${count} zip entries, more than the limit of ${LIMITS.zipEntries}`);
  if (cdOffset + cdSize > eocd) throw rejectInput(file, 'corrupt zip: central directory out of bounds');
  const entries = readCentralDirectory(file, view, cdOffset, count, eocd);
  rejectDuplicates(file, entries);
  return { file, bytes, entries, inflated: 0 };
}

function readCentralDirectory(file: string, view: DataView, start: number, count: number, end: number) {
  const entries: ZipEntry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL)
      throw rejectInput(file, `corrupt zip: bad central directory entry ${i + 1}`);
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > end) throw rejectInput(file, `corrupt zip: central directory entry ${i + 1} out of bounds`);
    const nameBytes = new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength);
    entries.push({
      name: decodeName(nameBytes, (flags & 0x800) !== 0),
      flags,
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      unixMode: view.getUint8(at + 5) === 3 ? view.getUint32(at + 38, true) >>> 16 : 0,
    });
    at = next;
  }
  return entries;
}

function rejectDuplicates(file: string, entries: ZipEntry[]): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = entry.name.toLowerCase();
    if (seen.has(key))
      throw rejectInput(file, `ambiguous archive: duplicate zip entry ${quote(entry.name, 100)}`);
    seen.add(key);
  }
}

/** The entry with this part name, compared case-insensitively (OPC part names are). */
export function findEntry(zip: ZipArchive, name: string): ZipEntry | undefined {
  const wanted = name.toLowerCase();
  return zip.entries.find((e) => e.name.toLowerCase() === wanted);
}

/**
 * Inflates one entry in memory. Refuses from the declared size before inflating (the entry's, and all the
 * entries read from this archive together), stops inflating one byte past the declared size (an archive
 * that lies about sizes), and checks the CRC-32.
 */
export function readEntry(zip: ZipArchive, entry: ZipEntry): Uint8Array {
  const { file } = zip;
  const name = quote(entry.name, 100);
  if (entry.flags & 0x1) throw rejectInput(file, `encrypted zip entry ${name}`);
  if ((entry.unixMode & 0o170000) === 0o120000) throw rejectInput(file, `zip entry ${name} is a symlink`);
  if (entry.method !== 0 && entry.method !== 8)
    throw rejectInput(
      file,
      `unsupported compression method ${entry.method}${methodName(entry.method)} in ${name}`,
    );
  if (entry.size > LIMITS.zipEntryBytes)
    throw refuseInput(
      file,
      `${name} would inflate to ${formatBytes(entry.size)}, more than the limit of ${formatBytes(LIMITS.zipEntryBytes)}`,
    );
  if (zip.inflated + entry.size > LIMITS.zipTotalBytes)
    throw refuseInput(
      file,
      `the parts read from this DOCX would inflate to more than ${formatBytes(LIMITS.zipTotalBytes)} in all`,
    );
  zip.inflated += entry.size;
  const data = entryData(zip, entry);
  let content: Uint8Array;
  if (entry.method === 0) content = data;
  else {
    try {
      content = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size + 1) });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        throw rejectInput(file, `${name} inflates to more than its declared ${formatBytes(entry.size)}`);
      throw rejectInput(file, `corrupt zip: ${name} does not inflate (${(error as Error).message})`);
    }
  }
  if (content.length !== entry.size)
    throw rejectInput(
      file,
      `corrupt zip: ${name} is ${content.length} bytes, not the declared ${entry.size}`,
    );
  if (crc32(content) !== entry.crc) throw rejectInput(file, `corrupt zip: CRC mismatch in ${name}`);
  return content;
}

function entryData(zip: ZipArchive, entry: ZipEntry): Uint8Array {
  const { bytes, file } = zip;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL)
    throw rejectInput(file, `corrupt zip: no local header for ${quote(entry.name, 100)}`);
  const nameLength = view.getUint16(at + 26, true);
  const start = at + 30 + nameLength + view.getUint16(at + 28, true);
  const localName = decodeName(
    bytes.subarray(at + 30, at + 30 + nameLength),
    (view.getUint16(at + 6, true) & 0x800) !== 0,
  );
  if (localName !== entry.name)
    throw rejectInput(file, `corrupt zip: local and central names differ for ${quote(entry.name, 100)}`);
  if (start + entry.compressedSize > bytes.length)
    throw rejectInput(file, `corrupt zip: ${quote(entry.name, 100)} is truncated`);
  return bytes.subarray(start, start + entry.compressedSize);
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  // Names are only compared, never used as paths; non-UTF-8 names are read as Latin-1 (close to CP437).
  return new TextDecoder(utf8 ? 'utf-8' : 'latin1').decode(bytes);
}

function methodName(method: number): string {
  const names: Record<number, string> = {
    9: ' (deflate64)',
    12: ' (bzip2)',
    14: ' (LZMA)',
    93: ' (zstd)',
    99: ' (AES)',
  };
  return names[method] ?? '';
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
