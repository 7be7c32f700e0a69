import { UserError } from '../../diagnostics/diagnostic.js';
import { readCmap } from './read-cmap.js';

/** A parsed TrueType (glyf-outline) font: what layout needs to measure text and the PDF writer to embed it. */
export interface TrueTypeFont {
  /** PostScript name, e.g. "DejaVuSans". */
  postScriptName: string;
  /** The font's own copy of the file's bytes (never a view of the caller's buffer). */
  bytes: Uint8Array;
  /** Table tag → [offset, length] in `bytes`, each checked to lie inside the file. */
  tables: Map<string, [number, number]>;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  italicAngle: number;
  bbox: [number, number, number, number];
  numGlyphs: number;
  /** Where each glyph starts in the glyf table (numGlyphs + 1 entries, checked to be in order and inside it). */
  glyphOffsets: Uint32Array;
  /** Unicode code point → glyph id (only ids below numGlyphs). */
  cmap: Map<number, number>;
  /** Advance width per glyph id, in font units. */
  advances: Uint16Array;
  /** Left side bearing per glyph id, in font units. */
  bearings: Int16Array;
}

/** Parses the tables of a TrueType font; `label` names the font in error messages. */
export function parseTrueType(source: Uint8Array, label: string): TrueTypeFont {
  const fail = (why: string) => new UserError(`cannot use the font ${label}: ${why}`);
  try {
    return parse(new Uint8Array(source), fail);
  } catch (error) {
    if (error instanceof RangeError) throw fail(`the file is damaged or truncated (${error.message})`);
    throw error;
  }
}

function parse(bytes: Uint8Array, fail: (why: string) => UserError): TrueTypeFont {
  if (bytes.length < 12) throw fail('the file is too short to be a font');
  const file = new DataView(bytes.buffer);
  const magic = file.getUint32(0);
  if (magic === 0x4f54544f) throw fail('CFF-outline OpenType fonts are not supported; pass a TrueType font');
  if (magic !== 0x00010000 && magic !== 0x74727565) throw fail('it is not a TrueType font file');
  const tables = new Map<string, [number, number]>();
  const count = file.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
    const offset = file.getUint32(at + 8);
    const length = file.getUint32(at + 12);
    if (offset + length > bytes.length)
      throw fail(`its ${tag.trim()} table reaches past the end of the file (truncated?)`);
    tables.set(tag, [offset, length]);
  }
  // Every read below goes through a view of one table, which throws past that table's end.
  const table = (tag: string): DataView => {
    const entry = tables.get(tag);
    if (!entry) throw fail(`it has no ${tag} table`);
    return new DataView(bytes.buffer, entry[0], entry[1]);
  };
  const optional = (tag: string) => (tables.has(tag) ? table(tag) : undefined);
  for (const tag of ['glyf', 'loca', 'hmtx', 'cmap']) table(tag);
  const head = table('head');
  const hhea = table('hhea');
  const numGlyphs = table('maxp').getUint16(4);
  const { advances, bearings } = readMetrics(table('hmtx'), hhea.getUint16(34), numGlyphs);
  const glyphOffsets = readLoca(table('loca'), head.getInt16(50) === 1, numGlyphs, table('glyf').byteLength);
  if (!glyphOffsets) throw fail('its loca table does not fit its glyf table');
  const os2 = optional('OS/2');
  const post = optional('post');
  const ascent = hhea.getInt16(4);
  const cmap = readCmap(table('cmap'));
  for (const [code, glyph] of cmap) if (glyph >= numGlyphs) cmap.delete(code);
  return {
    postScriptName: readPostScriptName(optional('name')) ?? 'Font',
    bytes,
    tables,
    unitsPerEm: head.getUint16(18),
    ascent,
    descent: hhea.getInt16(6),
    capHeight: os2 !== undefined && os2.getUint16(0) >= 2 ? os2.getInt16(88) : ascent,
    italicAngle: post === undefined ? 0 : post.getInt32(4) / 65536,
    bbox: [head.getInt16(36), head.getInt16(38), head.getInt16(40), head.getInt16(42)],
    numGlyphs,
    glyphOffsets,
    cmap,
    advances,
    bearings,
  };
}

function readMetrics(hmtx: DataView, long: number, numGlyphs: number) {
  const advances = new Uint16Array(numGlyphs);
  const bearings = new Int16Array(numGlyphs);
  let advance = 0;
  for (let g = 0; g < numGlyphs; g++) {
    if (g < long) {
      advance = hmtx.getUint16(g * 4);
      bearings[g] = hmtx.getInt16(g * 4 + 2);
    } else bearings[g] = hmtx.getInt16(long * 4 + (g - long) * 2);
    advances[g] = advance;
  }
  return { advances, bearings };
}

/** Glyph offsets into glyf, or undefined when they run backwards or past its end. */
function readLoca(loca: DataView, long: boolean, numGlyphs: number, glyfLength: number) {
  const offsets = new Uint32Array(numGlyphs + 1);
  for (let g = 0; g <= numGlyphs; g++) {
    offsets[g] = long ? loca.getUint32(g * 4) : loca.getUint16(g * 2) * 2;
    if (offsets[g]! > glyfLength || (g > 0 && offsets[g]! < offsets[g - 1]!)) return undefined;
  }
  return offsets;
}

function readPostScriptName(name: DataView | undefined): string | undefined {
  if (name === undefined) return undefined;
  const count = name.getUint16(2);
  const strings = name.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 12;
    if (name.getUint16(at + 6) !== 6) continue;
    const platform = name.getUint16(at);
    const start = strings + name.getUint16(at + 10);
    const length = name.getUint16(at + 8);
    let text = '';
    if (platform === 3 || platform === 0) {
      for (let j = 0; j + 1 < length; j += 2) text += String.fromCharCode(name.getUint16(start + j));
    } else {
      for (let j = 0; j < length; j++) text += String.fromCharCode(name.getUint8(start + j));
    }
    const clean = text.replace(/[^A-Za-z0-9-]/g, '');
    if (clean) return clean;
  }
  return undefined;
}
