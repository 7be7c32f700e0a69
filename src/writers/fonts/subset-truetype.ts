import { subsetCmap, subsetName } from './subset-tables.js';
import type { TrueTypeFont } from './truetype-font.js';
import { writeFontFile } from './write-font-file.js';

/**
 * A glyph-id-preserving subset: glyphs not in `glyphs` (and not parts of a kept composite) become empty, so
 * glyph ids in page content stay valid (CIDToGIDMap /Identity). `cmap` lists the characters the subset should
 * map, so that viewers can type with it (form font).
 */
export function subsetTrueType(
  font: TrueTypeFont,
  glyphs: Iterable<number>,
  cmap: Map<number, number>,
): Uint8Array {
  const view = new DataView(font.bytes.buffer, font.bytes.byteOffset, font.bytes.byteLength);
  const [glyf] = font.tables.get('glyf')!;
  const [loca] = font.tables.get('loca')!;
  const offsetOf = (g: number) =>
    font.longLoca ? view.getUint32(loca + g * 4) : view.getUint16(loca + g * 2) * 2;
  const kept = keptGlyphs(view, glyf, offsetOf, glyphs, font.numGlyphs);
  const n = font.numGlyphs;
  const locaOut = new DataView(new ArrayBuffer((n + 1) * 4));
  let size = 0;
  for (const g of kept) size += (offsetOf(g + 1) - offsetOf(g) + 3) & ~3;
  const glyfOut = new Uint8Array(size);
  let at = 0;
  for (let g = 0; g < n; g++) {
    locaOut.setUint32(g * 4, at);
    if (!kept.has(g)) continue;
    const start = offsetOf(g);
    const end = offsetOf(g + 1);
    glyfOut.set(font.bytes.subarray(glyf + start, glyf + end), at);
    at += (end - start + 3) & ~3;
  }
  locaOut.setUint32(n * 4, at);
  const tables = new Map<string, Uint8Array>();
  tables.set('glyf', glyfOut);
  tables.set('loca', new Uint8Array(locaOut.buffer));
  tables.set('hmtx', subsetMetrics(font, view, kept));
  // A copy with its own buffer: a --font file is a Node Buffer, whose slice() is a view, so the head and
  // hhea edits below went into the font file's own bytes and the subset kept the original values.
  const copy = (tag: string) => {
    const entry = font.tables.get(tag);
    return entry ? new Uint8Array(font.bytes.subarray(entry[0], entry[0] + entry[1])) : undefined;
  };
  const head = copy('head')!;
  new DataView(head.buffer).setInt16(50, 1);
  new DataView(head.buffer).setUint32(8, 0);
  tables.set('head', head);
  const hhea = copy('hhea')!;
  new DataView(hhea.buffer).setUint16(34, n);
  tables.set('hhea', hhea);
  for (const tag of ['maxp', 'cvt ', 'fpgm', 'prep', 'OS/2']) {
    const bytes = copy(tag);
    if (bytes) tables.set(tag, bytes);
  }
  const post = copy('post');
  if (post && post.length >= 32) {
    const short = post.slice(0, 32);
    new DataView(short.buffer).setUint32(0, 0x00030000);
    tables.set('post', short);
  }
  tables.set('cmap', subsetCmap(cmap));
  tables.set('name', subsetName(font.postScriptName));
  return writeFontFile(tables);
}

function keptGlyphs(
  view: DataView,
  glyf: number,
  offsetOf: (g: number) => number,
  glyphs: Iterable<number>,
  numGlyphs: number,
): Set<number> {
  const kept = new Set<number>([0]);
  const pending = [...glyphs];
  while (pending.length > 0) {
    const g = pending.pop()!;
    if (g >= numGlyphs || (kept.has(g) && g !== 0)) continue;
    kept.add(g);
    const start = offsetOf(g);
    if (offsetOf(g + 1) === start || view.getInt16(glyf + start) >= 0) continue;
    let at = glyf + start + 10;
    for (;;) {
      const flags = view.getUint16(at);
      pending.push(view.getUint16(at + 2));
      at += 4 + (flags & 0x0001 ? 4 : 2);
      if (flags & 0x0008) at += 2;
      else if (flags & 0x0040) at += 4;
      else if (flags & 0x0080) at += 8;
      if (!(flags & 0x0020)) break;
    }
  }
  return kept;
}

function subsetMetrics(font: TrueTypeFont, view: DataView, kept: Set<number>): Uint8Array {
  const [hmtx] = font.tables.get('hmtx')!;
  const [hhea] = font.tables.get('hhea')!;
  const long = view.getUint16(hhea + 34);
  const out = new DataView(new ArrayBuffer(font.numGlyphs * 4));
  for (const g of kept) {
    const lsb = g < long ? view.getInt16(hmtx + g * 4 + 2) : view.getInt16(hmtx + long * 4 + (g - long) * 2);
    out.setUint16(g * 4, font.advances[g]!);
    out.setInt16(g * 4 + 2, lsb);
  }
  return new Uint8Array(out.buffer);
}
