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

const DEFLATE = 8;
const encoder = new TextEncoder();
/** zlib.crc32 arrived in Node 20.15; earlier 20.x fall back to the table in crc32.ts. */
const crc32: (bytes: Uint8Array) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === 'function' ? (bytes) => zlib.crc32(bytes) : crc32InJs;

/**
 * Parts that come out the same for many documents (styles, settings, numbering, unchanged headers), by
 * name and content: compressed once per process. Bounded, as a batch may vary them.
 */
const cache = new Map<string, StoredEntry>();
const CACHE_LIMIT = 64;

/** A part's XML, UTF-8 encoded and deflated with native zlib (deterministic for the same input). */
export function deflatedEntry(name: string, xml: string, reuse = false): StoredEntry {
  const key = `${name}\u0000${xml}`;
  const cached = reuse ? cache.get(key) : undefined;
  if (cached) return cached;
  const bytes = encoder.encode(xml);
  const data = zlib.deflateRawSync(bytes, { level: 6 });
  const entry = {
    name,
    method: DEFLATE,
    crc: crc32(bytes),
    size: data.length,
    originalSize: bytes.length,
    data,
  };
  if (reuse) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, entry);
  }
  return entry;
}
