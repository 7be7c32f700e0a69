import { constants, crc32, deflateRawSync } from 'node:zlib';

const MIB = 1024 * 1024;

/**
 * Raw DEFLATE data of `mib` MiB of one byte value, made without ever holding them: one MiB compressed with
 * a full flush ends on a byte boundary with no history, so copies of it can simply follow each other; an
 * empty final fixed-Huffman block (03 00) ends the stream.
 */
export function rawDeflateOf(byte: number, mib: number, final = true): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(MIB, byte), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array(mib).fill(chunk), Buffer.from(final ? [0x03, 0x00] : [])]);
}

/**
 * Raw DEFLATE data and CRC-32 of `head`, then `mib` MiB of one byte, then `tail`: a zip entry that
 * inflates to a huge part without the generator ever holding it.
 */
export function deflateSandwich(head: Uint8Array, byte: number, mib: number, tail: Uint8Array) {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const compressed = Buffer.concat([
    deflateRawSync(head, flush),
    rawDeflateOf(byte, mib, false),
    deflateRawSync(tail),
  ]);
  const chunk = Buffer.alloc(MIB, byte);
  let crc = crc32(head);
  for (let i = 0; i < mib; i++) crc = crc32(chunk, crc);
  return { compressed, crc: crc32(tail, crc), size: head.length + mib * MIB + tail.length };
}

/** zlib (/FlateDecode) data that inflates to `bytes` zero bytes (a multiple of 1 MiB). */
export function flateOfZeros(bytes: number): Buffer {
  const mib = Math.ceil(bytes / MIB);
  const adler = Buffer.alloc(4);
  // Adler-32 of n zeros: a stays 1, b adds a once per byte.
  adler.writeUInt32BE(((mib * MIB) % 65521) * 65536 + 1);
  return Buffer.concat([Buffer.from([0x78, 0xda]), rawDeflateOf(0, mib), adler]);
}
