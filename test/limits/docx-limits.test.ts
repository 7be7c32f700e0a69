import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/extract/limits.js';
import { findEntry, readEntry, safeZip } from '../../src/extract/safe-zip.js';

/** A zip whose entries hold `size` bytes of spaces each: stored, or deflated at `level`. */
function zipOf(sizes: Record<string, number>, level: 0 | 1 = 0): Uint8Array {
  const files = Object.fromEntries(
    Object.entries(sizes).map(([name, size]) => [name, new Uint8Array(size).fill(0x20)]),
  );
  return zipSync(files, { level });
}

/** Sets the declared size of every entry called `name`, in the local and the central header. */
function declare(zip: Uint8Array, name: string, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const text = new TextDecoder();
  for (let at = 0; at < zip.length - 4; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && text.decode(zip.subarray(at + 30, at + 30 + name.length)) === name)
      view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && text.decode(zip.subarray(at + 46, at + 46 + name.length)) === name)
      view.setUint32(at + 24, size, true);
  }
  return zip;
}

const read = (zip: Uint8Array, ...names: string[]) => {
  const archive = safeZip('f.docx', zip);
  return names.map((name) => readEntry(archive, findEntry(archive, name)!).length);
};

describe('DOCX zip limits', () => {
  it(`reads an entry of ${LIMITS.zipEntryBytes} bytes, refuses one byte more from its declared size`, () => {
    expect(read(zipOf({ 'word/document.xml': LIMITS.zipEntryBytes }), 'word/document.xml')).toEqual([
      LIMITS.zipEntryBytes,
    ]);
    expect(() => read(zipOf({ 'word/document.xml': LIMITS.zipEntryBytes + 1 }), 'word/document.xml')).toThrow(
      /refused: "word\/document.xml" would inflate to 50\.0 MiB, more than the limit of 50\.0 MiB/,
    );
  });

  it(`reads ${LIMITS.zipTotalBytes} bytes from one archive in all, refuses one byte more`, () => {
    const big = 40 * 1024 * 1024;
    const rest = LIMITS.zipTotalBytes - big;
    const names = ['word/document.xml', 'docProps/custom.xml'];
    expect(read(zipOf({ [names[0]!]: big, [names[1]!]: rest }), ...names)).toEqual([big, rest]);
    expect(() => read(zipOf({ [names[0]!]: big, [names[1]!]: rest + 1 }), ...names)).toThrow(
      /refused: the parts read from this DOCX would inflate to more than 60\.0 MiB in all/,
    );
  });

  it('stops inflating an entry that declares 1 KiB and holds 20 MiB, one byte past what it declares', () => {
    const liar = declare(zipOf({ 'word/document.xml': 20 * 1024 * 1024 }, 1), 'word/document.xml', 1024);
    expect(() => read(liar, 'word/document.xml')).toThrow(/inflates to more than its declared 1\.0 KiB/);
  });

  it(`reads ${LIMITS.zipEntries} entries, refuses one more`, () => {
    const many = (count: number) =>
      zipSync(Object.fromEntries(Array.from({ length: count }, (_, i) => [`e${i}`, new Uint8Array(0)])));
    expect(safeZip('f.docx', many(LIMITS.zipEntries)).entries).toHaveLength(LIMITS.zipEntries);
    expect(() => safeZip('f.docx', many(LIMITS.zipEntries + 1))).toThrow(
      /refused: 10001 zip entries, more than the limit of 10000/,
    );
  });
});
