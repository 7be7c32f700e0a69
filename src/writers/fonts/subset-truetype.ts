import { UserError } from '../../diagnostics/diagnostic.js';
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
  try {
    return subset(font, glyphs, cmap);
  } catch (error) {
    if (error instanceof RangeError)
      throw new UserError(`cannot use the font ${font.postScriptName}: its glyf table is damaged`);
    throw error;
  }
}

function subset(font: TrueTypeFont, glyphs: Iterable<number>, cmap: Map<number, number>): Uint8Array {
  const [glyfStart, glyfLength] = font.tables.get('glyf')!;
  const glyf = new DataView(font.bytes.buffer, glyfStart, glyfLength);
  const offsets = font.glyphOffsets;
  const kept = keptGlyphs(glyf, offsets, glyphs, font.numGlyphs);
  const n = font.numGlyphs;
  const locaOut = new DataView(new ArrayBuffer((n + 1) * 4));
  let size = 0;
  for (const g of kept) size += (offsets[g + 1]! - offsets[g]! + 3) & ~3;
  const glyfOut = new Uint8Array(size);
  let at = 0;
  for (let g = 0; g < n; g++) {
    locaOut.setUint32(g * 4, at);
    if (!kept.has(g)) continue;
    const start = offsets[g]!;
    const end = offsets[g + 1]!;
    glyfOut.set(font.bytes.subarray(glyfStart + start, glyfStart + end), at);
    at += (end - start + 3) & ~3;
  }
  locaOut.setUint32(n * 4, at);
  const tables = new Map<string, Uint8Array>();
  tables.set('glyf', glyfOut);
  tables.set('loca', new Uint8Array(locaOut.buffer));
  tables.set('hmtx', subsetMetrics(font, kept));
  // Copies, never views: the subset's head, hhea and post are changed below and must not share memory
  // with the font (a Buffer's slice did, so a short-loca font kept its own head and drew blanks).
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
  tables.set('cmap', buildCmap(cmap));
  return writeFontFile(tables);
}

/**
 * The glyphs asked for, glyph 0 and every component of a kept composite. Each glyph is looked at once, so
 * a composite that contains itself (or a cycle of them) ends; component records are read only inside the
 * glyph's own bytes.
 */
function keptGlyphs(
  glyf: DataView,
  offsets: Uint32Array,
  glyphs: Iterable<number>,
  numGlyphs: number,
): Set<number> {
  const kept = new Set<number>();
  const pending = [0, ...glyphs];
  while (pending.length > 0) {
    const g = pending.pop()!;
    if (g >= numGlyphs || kept.has(g)) continue;
    kept.add(g);
    const start = offsets[g]!;
    const end = offsets[g + 1]!;
    if (end - start < 10 || glyf.getInt16(start) >= 0) continue;
    for (let at = start + 10; at + 4 <= end; ) {
      const flags = glyf.getUint16(at);
      pending.push(glyf.getUint16(at + 2));
      at += 4 + (flags & 0x0001 ? 4 : 2);
      if (flags & 0x0008) at += 2;
      else if (flags & 0x0040) at += 4;
      else if (flags & 0x0080) at += 8;
      if (!(flags & 0x0020)) break;
    }
  }
  return kept;
}

function subsetMetrics(font: TrueTypeFont, kept: Set<number>): Uint8Array {
  const out = new DataView(new ArrayBuffer(font.numGlyphs * 4));
  for (const g of kept) {
    out.setUint16(g * 4, font.advances[g]!);
    out.setInt16(g * 4 + 2, font.bearings[g]!);
  }
  return new Uint8Array(out.buffer);
}

/** A (3,10) format 12 cmap for the given characters. */
export function buildCmap(cmap: Map<number, number>): Uint8Array {
  const codes = [...cmap.keys()].sort((a, b) => a - b);
  const groups: [number, number, number][] = [];
  for (const c of codes) {
    const g = cmap.get(c)!;
    const lastGroup = groups[groups.length - 1];
    if (lastGroup && c === lastGroup[1] + 1 && g === lastGroup[2] + c - lastGroup[0]) lastGroup[1] = c;
    else groups.push([c, c, g]);
  }
  const view = new DataView(new ArrayBuffer(12 + 16 + groups.length * 12));
  view.setUint16(2, 1);
  view.setUint16(4, 3);
  view.setUint16(6, 10);
  view.setUint32(8, 12);
  view.setUint16(12, 12);
  view.setUint32(16, 16 + groups.length * 12);
  view.setUint32(24, groups.length);
  groups.forEach(([start, end, glyph], i) => {
    view.setUint32(28 + i * 12, start);
    view.setUint32(32 + i * 12, end);
    view.setUint32(36 + i * 12, glyph);
  });
  return new Uint8Array(view.buffer);
}
