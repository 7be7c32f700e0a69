import { UserError } from '../../diagnostics/diagnostic.js';
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
  const kept = keptGlyphs(font, glyf, glyphs);
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
  tables.set('cmap', subsetCmap(cmap));
  tables.set('name', subsetName(font.postScriptName));
  return writeFontFile(tables);
}

/**
 * The glyphs asked for, glyph 0 and every component of a kept composite, each looked at once. A composite
 * that contains itself, directly or through others, is a damaged font (and made the walk endless);
 * component records are read only inside the glyph's own bytes.
 */
function keptGlyphs(font: TrueTypeFont, glyf: DataView, glyphs: Iterable<number>): Set<number> {
  const kept = new Set<number>();
  const done = new Set<number>();
  // Depth-first, so that a glyph met again while its own components are being walked is a cycle.
  const stack: { glyph: number; components?: number[] }[] = [0, ...glyphs].map((glyph) => ({ glyph }));
  const open = new Set<number>();
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (!top.components) {
      if (top.glyph >= font.numGlyphs || done.has(top.glyph)) {
        stack.pop();
        continue;
      }
      if (open.has(top.glyph))
        throw new UserError(
          `cannot use the font ${font.postScriptName}: glyph ${top.glyph} is made of itself (a cycle of composite glyphs)`,
        );
      open.add(top.glyph);
      kept.add(top.glyph);
      top.components = components(glyf, font.glyphOffsets, top.glyph);
    }
    const next = top.components.pop();
    if (next !== undefined) stack.push({ glyph: next });
    else {
      stack.pop();
      open.delete(top.glyph);
      done.add(top.glyph);
    }
  }
  return kept;
}

/** The glyph ids a composite glyph is made of (none for a simple or empty glyph). */
function components(glyf: DataView, offsets: Uint32Array, glyph: number): number[] {
  const start = offsets[glyph]!;
  const end = offsets[glyph + 1]!;
  const found: number[] = [];
  if (end - start < 10 || glyf.getInt16(start) >= 0) return found;
  for (let at = start + 10; at + 4 <= end; ) {
    const flags = glyf.getUint16(at);
    found.push(glyf.getUint16(at + 2));
    at += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) at += 2;
    else if (flags & 0x0040) at += 4;
    else if (flags & 0x0080) at += 8;
    if (!(flags & 0x0020)) break;
  }
  return found;
}

function subsetMetrics(font: TrueTypeFont, kept: Set<number>): Uint8Array {
  const out = new DataView(new ArrayBuffer(font.numGlyphs * 4));
  for (const g of kept) {
    out.setUint16(g * 4, font.advances[g]!);
    out.setInt16(g * 4 + 2, font.bearings[g]!);
  }
  return new Uint8Array(out.buffer);
}
