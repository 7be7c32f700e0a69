import { buildCmap } from '../../src/writers/fonts/subset-truetype.js';
import { writeFontFile } from '../../src/writers/fonts/write-font-file.js';

/** A simple glyph: one closed triangle (so its outline is not empty). */
export const TRIANGLE = (() => {
  const v = new DataView(new ArrayBuffer(10 + 2 + 2 + 3 + 6));
  v.setInt16(0, 1); // one contour
  v.setInt16(6, 500);
  v.setInt16(8, 700);
  v.setUint16(10, 2); // last point of the contour
  v.setUint16(12, 0); // no instructions
  for (let i = 0; i < 3; i++) v.setUint8(14 + i, 0x01); // on-curve, 16-bit coordinates
  v.setInt16(17, 0);
  v.setInt16(19, 500);
  return new Uint8Array(v.buffer.slice(0, 21));
})();

/** A composite glyph made of the given glyph ids. */
export function composite(...components: number[]): Uint8Array {
  const v = new DataView(new ArrayBuffer(10 + components.length * 6));
  v.setInt16(0, -1);
  components.forEach((glyph, i) => {
    const at = 10 + i * 6;
    v.setUint16(at, i < components.length - 1 ? 0x0020 : 0); // MORE_COMPONENTS, byte offsets
    v.setUint16(at + 2, glyph);
  });
  return new Uint8Array(v.buffer);
}

/** A TrueType font with these glyphs (glyph 0 first) and cmap (code point → glyph id), short or long loca. */
export function buildFont(glyphs: Uint8Array[], cmap: Map<number, number>, longLoca = false): Uint8Array {
  const n = glyphs.length;
  const head = new DataView(new ArrayBuffer(54));
  head.setUint32(0, 0x00010000);
  head.setUint32(12, 0x5f0f3cf5);
  head.setUint16(18, 1000);
  head.setInt16(42, 800);
  head.setInt16(50, longLoca ? 1 : 0);
  const hhea = new DataView(new ArrayBuffer(36));
  hhea.setUint32(0, 0x00010000);
  hhea.setInt16(4, 800);
  hhea.setInt16(6, -200);
  hhea.setUint16(34, n);
  const maxp = new DataView(new ArrayBuffer(6));
  maxp.setUint32(0, 0x00005000);
  maxp.setUint16(4, n);
  const hmtx = new DataView(new ArrayBuffer(n * 4));
  for (let g = 0; g < n; g++) hmtx.setUint16(g * 4, 1000);
  const padded = glyphs.map((g) => (g.length % 2 ? new Uint8Array([...g, 0]) : g));
  const glyf = new Uint8Array(padded.reduce((sum, g) => sum + g.length, 0));
  const loca = new DataView(new ArrayBuffer((n + 1) * (longLoca ? 4 : 2)));
  let at = 0;
  padded.forEach((g, i) => {
    if (longLoca) loca.setUint32(i * 4, at);
    else loca.setUint16(i * 2, at / 2);
    glyf.set(g, at);
    at += g.length;
  });
  if (longLoca) loca.setUint32(n * 4, at);
  else loca.setUint16(n * 2, at / 2);
  const tables = new Map<string, Uint8Array>([
    ['head', new Uint8Array(head.buffer)],
    ['hhea', new Uint8Array(hhea.buffer)],
    ['maxp', new Uint8Array(maxp.buffer)],
    ['hmtx', new Uint8Array(hmtx.buffer)],
    ['loca', new Uint8Array(loca.buffer)],
    ['glyf', glyf],
    ['cmap', buildCmap(cmap)],
  ]);
  return writeFontFile(tables);
}
