import type { StoredEntry } from './zip-entry.js';

/**
 * Writes stored entries as a zip file with one fixed modification time for all of them, copying their
 * compressed bytes as they are. Same entries and time: same bytes.
 */
export function zipWrite(entries: StoredEntry[], modified: Date): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((entry) => encoder.encode(entry.name));
  const localSize = entries.reduce((sum, entry, i) => sum + 30 + names[i]!.length + entry.data.length, 0);
  const directorySize = names.reduce((sum, name) => sum + 46 + name.length, 0);
  const out = new Uint8Array(localSize + directorySize + 22);
  const view = new DataView(out.buffer);
  const { time, date } = dosDateTime(modified);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((entry, i) => {
    const name = names[i]!;
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true); // version needed: deflate
    view.setUint16(at + 6, 0x0800, true); // names are UTF-8
    writeCommon(view, at + 8, entry, time, date, name.length);
    out.set(name, at + 30);
    out.set(entry.data, at + 30 + name.length);
    at += 30 + name.length + entry.data.length;
  });
  const directory = at;
  entries.forEach((entry, i) => {
    const name = names[i]!;
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by: MS-DOS, 2.0
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0x0800, true);
    writeCommon(view, at + 10, entry, time, date, name.length);
    // comment length, disk, internal and external attributes stay 0
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}

/** Method, time, date, CRC, sizes, name length and a zero extra length: shared by both header kinds. */
function writeCommon(
  view: DataView,
  at: number,
  entry: StoredEntry,
  time: number,
  date: number,
  nameLength: number,
) {
  view.setUint16(at, entry.method, true);
  view.setUint16(at + 2, time, true);
  view.setUint16(at + 4, date, true);
  view.setUint32(at + 6, entry.crc, true);
  view.setUint32(at + 10, entry.size, true);
  view.setUint32(at + 14, entry.originalSize, true);
  view.setUint16(at + 18, nameLength, true);
  view.setUint16(at + 20, 0, true);
}

/** MS-DOS date and time (UTC, two-second resolution); zip cannot go before 1980. */
function dosDateTime(when: Date): { time: number; date: number } {
  const d = when.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : when;
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}
