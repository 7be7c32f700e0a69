import { crc32, deflateRawSync } from 'node:zlib';

/** One entry of a corpus zip, with every header field a hostile case may want to lie about. */
export interface ZipItem {
  name: string;
  /** The entry's content (deflated here unless `compressed` is given). */
  data?: Uint8Array;
  /** Stored (0), deflate (8, the default), bzip2 (12), … */
  method?: number;
  /** Compressed bytes written as they are (a bomb built elsewhere). */
  compressed?: Uint8Array;
  /** Declared CRC-32 and uncompressed size, instead of the real ones. */
  crc?: number;
  size?: number;
  /** General-purpose flags (bit 0: encrypted). */
  flags?: number;
  /** Unix mode for the external attributes (e.g. 0o120777, a symlink); sets "made by" to Unix. */
  unixMode?: number;
}

/**
 * Writes a zip archive (local headers, central directory, end record) from items, honest unless an item
 * says otherwise. Used for every DOCX case, so that a case can change exactly one thing.
 */
export function zipBytes(items: ZipItem[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const item of items) {
    const data = Buffer.from(item.data ?? new Uint8Array());
    const method = item.method ?? 8;
    const body = item.compressed ? Buffer.from(item.compressed) : method === 8 ? deflateRawSync(data) : data;
    const name = Buffer.from(item.name, 'utf8');
    const crc = item.crc ?? crc32(data);
    const size = item.size ?? data.length;
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed
    common.writeUInt16LE((item.flags ?? 0) | 0x800, 2); // UTF-8 names
    common.writeUInt16LE(method, 4);
    common.writeUInt32LE(0x5a210000, 6); // a fixed time and date
    common.writeUInt32LE(crc >>> 0, 10);
    common.writeUInt32LE(body.length, 14);
    common.writeUInt32LE(size >>> 0, 18);
    common.writeUInt16LE(name.length, 22);
    const local = Buffer.concat([u32(0x04034b50), common, name, body]);
    const made = Buffer.alloc(2);
    made.writeUInt16LE(item.unixMode === undefined ? 20 : 0x0314, 0);
    const tail = Buffer.alloc(16);
    tail.writeUInt32LE(((item.unixMode ?? 0) << 16) >>> 0, 6);
    tail.writeUInt32LE(offset, 10);
    // tail: comment length, disk, internal attributes (0), external attributes, local header offset
    centrals.push(Buffer.concat([u32(0x02014b50), made, common, tail.subarray(0, 14), name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(items.length, 8);
  end.writeUInt16LE(items.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0, 0);
  return b;
}
