import * as zlib from 'node:zlib';
import { crc32 as crc32InJs } from './crc32.js';

/** A zip entry ready to be written: name, compression method, CRC, sizes and the compressed bytes. */
export interface StoredEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  originalSize: number;
  data: Uint8Array;
}

/** A piece of a part: its UTF-8 bytes, and those bytes deflated as a self-contained run of blocks. */
interface Segment {
  bytes: Uint8Array;
  deflated: Uint8Array;
}

const DEFLATE = 8;
const LEVEL = 6;
/** The final, empty deflate block that ends a stream of segments. */
const FINAL_BLOCK = Uint8Array.of(0x03, 0x00);
const encoder = new TextEncoder();
/** zlib.crc32 arrived in Node 20.15; earlier 20.x fall back to the table in crc32.ts. */
const crc32: (bytes: Uint8Array, previous?: number) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === 'function'
    ? (bytes, previous = 0) => zlib.crc32(bytes, previous)
    : crc32InJs;

/**
 * The last segment written at each place (part name and piece number), so that what repeats from document to
 * document (styles, settings, the tables of a rubric that a batch row does not change) is encoded and
 * compressed once per process. Keyed by place rather than by content: comparing a piece with the one before
 * it costs far less than hashing long strings, and the cache holds at most one segment per place.
 */
const cache = new Map<string, { xml: string; segment: Segment }>();

function segment(place: string, xml: string): Segment {
  const cached = cache.get(place);
  if (cached?.xml === xml) return cached.segment;
  const bytes = encoder.encode(xml);
  // A full flush ends the segment on a byte boundary with no references back into it: segments compressed
  // apart can be laid end to end.
  const deflated = zlib.deflateRawSync(bytes, { level: LEVEL, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const made = { bytes, deflated };
  cache.set(place, { xml, segment: made });
  return made;
}

/**
 * A part made of these pieces of XML in order, deflated with native zlib. Each piece is compressed on its own
 * (and only the first time it is seen), so split a part where what changes between documents begins and ends.
 * Same pieces, same bytes.
 */
export function deflatedEntry(name: string, pieces: string | string[]): StoredEntry {
  const segments = (typeof pieces === 'string' ? [pieces] : pieces).map((xml, i) =>
    segment(`${name}#${i}`, xml),
  );
  let crc = 0;
  let originalSize = 0;
  let size = FINAL_BLOCK.length;
  for (const { bytes, deflated } of segments) {
    crc = crc32(bytes, crc);
    originalSize += bytes.length;
    size += deflated.length;
  }
  const data = new Uint8Array(size);
  let at = 0;
  for (const { deflated } of segments) {
    data.set(deflated, at);
    at += deflated.length;
  }
  data.set(FINAL_BLOCK, at);
  return { name, method: DEFLATE, crc, size, originalSize, data };
}
