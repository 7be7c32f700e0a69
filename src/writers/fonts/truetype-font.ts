import { UserError } from '../../diagnostics/diagnostic.js';
import { readCmap } from './read-cmap.js';

/** A parsed TrueType (glyf-outline) font: what layout needs to measure text and the PDF writer to embed it. */
export interface TrueTypeFont {
  /** PostScript name, e.g. "DejaVuSans". */
  postScriptName: string;
  bytes: Uint8Array;
  /** Table tag → [offset, length] in `bytes`. */
  tables: Map<string, [number, number]>;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  italicAngle: number;
  bbox: [number, number, number, number];
  numGlyphs: number;
  /** Long (4-byte) loca offsets. */
  longLoca: boolean;
  /** Unicode code point → glyph id. */
  cmap: Map<number, number>;
  /** Advance width per glyph id, in font units. */
  advances: Uint16Array;
}

/** Parses the tables of a TrueType font; `label` names the font in error messages. */
export function parseTrueType(bytes: Uint8Array, label: string): TrueTypeFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (why: string) => new UserError(`cannot use the font ${label}: ${why}`);
  if (bytes.length < 12) throw fail('the file is too short to be a font');
  const magic = view.getUint32(0);
  if (magic === 0x4f54544f) throw fail('CFF-outline OpenType fonts are not supported; pass a TrueType font');
  if (magic !== 0x00010000 && magic !== 0x74727565) throw fail('it is not a TrueType font file');
  const tables = new Map<string, [number, number]>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    tables.set(tag, [view.getUint32(at + 8), view.getUint32(at + 12)]);
  }
  const table = (tag: string): number => {
    const entry = tables.get(tag);
    if (!entry) throw fail(`it has no ${tag} table`);
    return entry[0];
  };
  for (const tag of ['glyf', 'loca', 'hmtx', 'cmap']) table(tag);
  const head = table('head');
  const hhea = table('hhea');
  const numGlyphs = view.getUint16(table('maxp') + 4);
  const numberOfHMetrics = view.getUint16(hhea + 34);
  const hmtx = table('hmtx');
  const advances = new Uint16Array(numGlyphs);
  let last = 0;
  for (let g = 0; g < numGlyphs; g++) {
    if (g < numberOfHMetrics) last = view.getUint16(hmtx + g * 4);
    advances[g] = last;
  }
  const os2 = tables.get('OS/2')?.[0];
  const ascent = view.getInt16(hhea + 4);
  const capHeight = os2 !== undefined && view.getUint16(os2) >= 2 ? view.getInt16(os2 + 88) : ascent;
  const post = tables.get('post')?.[0];
  return {
    postScriptName: readPostScriptName(bytes, view, tables.get('name')?.[0]) ?? 'Font',
    bytes,
    tables,
    unitsPerEm: view.getUint16(head + 18),
    ascent,
    descent: view.getInt16(hhea + 6),
    capHeight,
    italicAngle: post === undefined ? 0 : view.getInt32(post + 4) / 65536,
    bbox: [
      view.getInt16(head + 36),
      view.getInt16(head + 38),
      view.getInt16(head + 40),
      view.getInt16(head + 42),
    ],
    numGlyphs,
    longLoca: view.getInt16(head + 50) === 1,
    cmap: readCmap(view, table('cmap')),
    advances,
  };
}

function readPostScriptName(bytes: Uint8Array, view: DataView, name: number | undefined): string | undefined {
  if (name === undefined) return undefined;
  const count = view.getUint16(name + 2);
  const strings = name + view.getUint16(name + 4);
  for (let i = 0; i < count; i++) {
    const at = name + 6 + i * 12;
    if (view.getUint16(at + 6) !== 6) continue;
    const platform = view.getUint16(at);
    const start = strings + view.getUint16(at + 10);
    const length = view.getUint16(at + 8);
    let text = '';
    if (platform === 3 || platform === 0) {
      for (let j = 0; j < length; j += 2) text += String.fromCharCode(view.getUint16(start + j));
    } else {
      for (let j = 0; j < length; j++) text += String.fromCharCode(bytes[start + j]!);
    }
    const clean = text.replace(/[^A-Za-z0-9-]/g, '');
    if (clean) return clean;
  }
  return undefined;
}
