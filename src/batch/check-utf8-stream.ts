import { Transform } from 'node:stream';
import { UserError } from '../diagnostics/diagnostic.js';
import { firstInvalidUtf8 } from '../yaml/decode-text.js';

/**
 * A pass-through stream that fails at the first byte that is not UTF-8, naming its offset in the file.
 * A character split between two chunks is held back until its end arrives, so chunk edges never count.
 */
export function checkUtf8Stream(path: string): Transform {
  let offset = 0;
  let carry: Buffer = Buffer.alloc(0);
  const refuse = (at: number) =>
    new UserError(`${path}: not UTF-8 (invalid byte at offset ${at}); save the CSV as UTF-8`);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      const whole = bytes.subarray(0, bytes.length - incompleteTail(bytes));
      const bad = firstInvalidUtf8(whole);
      if (bad >= 0) return done(refuse(offset + bad));
      offset += whole.length;
      carry = Buffer.from(bytes.subarray(whole.length));
      done(null, whole);
    },
    flush(done) {
      done(carry.length ? refuse(offset) : null);
    },
  });
}

/** How many bytes at the end start a character that is not complete yet (0 to 3). */
function incompleteTail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}
