/**
 * The entries of a zip file as stored: name, compression method, CRC and sizes, and the compressed bytes
 * untouched. Enough of the format for the zips the docx package writes (no zip64, no encryption, one disk).
 */
export interface StoredEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  originalSize: number;
  data: Uint8Array;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** Reads every entry from a zip file's central directory, in directory order. */
export function zipEntries(zip: Uint8Array): StoredEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_DIRECTORY) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder();
  const entries: StoredEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY)
      throw new Error('corrupt zip: bad central directory entry');
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error('corrupt zip: bad local header');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const size = view.getUint32(at + 20, true);
    entries.push({
      name: names.decode(zip.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      size,
      originalSize: view.getUint32(at + 24, true),
      data: zip.subarray(start, start + size),
    });
    at += 46 + skip;
  }
  return entries;
}
