import { createHash } from 'node:crypto';
import { subsetTrueType } from '../fonts/subset-truetype.js';
import type { PdfFont } from './pdf-fonts.js';
import { type PDFContext, PDFHexString, PDFName } from './pdf-objects.js';
import { toUnicodeCMap } from './to-unicode-cmap.js';

/** Writes a Type0 / CIDFontType2 font with a subset FontFile2 into the font's reserved reference. */
export function writeFontObjects(
  context: PDFContext,
  entry: PdfFont,
  deflate: (b: Uint8Array) => Uint8Array,
): void {
  const { font, used } = entry;
  const glyphs = [...used.keys()].sort((a, b) => a - b);
  const cmap = new Map<number, number>();
  for (const [glyph, code] of used) cmap.set(code, glyph);
  const file = cachedSubset(font, glyphs, cmap, deflate);
  const tag = subsetTag(font.postScriptName, glyphs);
  const baseName = `${tag}+${font.postScriptName}`;
  const scale = 1000 / font.unitsPerEm;
  const round = (n: number) => Math.round(n * scale);
  const stream = (bytes: Uint8Array, dict: Record<string, unknown> = {}) =>
    context.register(context.stream(deflate(bytes), { ...dict, Filter: 'FlateDecode' } as never));
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: baseName,
      Flags: font.italicAngle !== 0 ? 32 + 64 : 32,
      FontBBox: font.bbox.map(round),
      ItalicAngle: font.italicAngle,
      Ascent: round(font.ascent),
      Descent: round(font.descent),
      CapHeight: round(font.capHeight),
      StemV: 80,
      FontFile2: context.register(
        context.stream(file.deflated, { Length1: file.length, Filter: 'FlateDecode' } as never),
      ),
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: baseName,
      CIDSystemInfo: {
        Registry: PDFHexString.fromText('Adobe'),
        Ordering: PDFHexString.fromText('Identity'),
        Supplement: 0,
      },
      FontDescriptor: descriptor,
      W: widths(glyphs, (g) => round(font.advances[g]!)) as never,
      CIDToGIDMap: 'Identity',
    }),
  );
  const toUnicode = stream(new TextEncoder().encode(toUnicodeCMap(used)));
  context.assign(
    entry.ref,
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: baseName,
      Encoding: PDFName.of('Identity-H'),
      DescendantFonts: [cidFont],
      ToUnicode: toUnicode,
    }),
  );
}

/** The /W array: runs of consecutive glyph ids with their widths. */
function widths(glyphs: number[], width: (g: number) => number): unknown[] {
  const out: unknown[] = [];
  let run: number[] = [];
  let start = -1;
  glyphs.forEach((g, i) => {
    if (i > 0 && g === glyphs[i - 1]! + 1) run.push(width(g));
    else {
      if (run.length > 0) out.push(start, run);
      start = g;
      run = [width(g)];
    }
  });
  if (run.length > 0) out.push(start, run);
  return out;
}

/** Six capital letters derived from the glyph set, so the same content gives the same name. */
function subsetTag(name: string, glyphs: number[]): string {
  const digest = createHash('sha256').update(name).update(glyphs.join(',')).digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i]! % 26));
  return tag;
}

const subsets = new WeakMap<PdfFont['font'], Map<string, { deflated: Uint8Array; length: number }>>();

/**
 * Subsetting and compressing a font is most of the cost of a document; a batch renders the same glyph set
 * again and again, so the compressed subset is kept per font and glyph set (a few entries per process).
 */
function cachedSubset(
  font: PdfFont['font'],
  glyphs: number[],
  cmap: Map<number, number>,
  deflate: (b: Uint8Array) => Uint8Array,
): { deflated: Uint8Array; length: number } {
  let cache = subsets.get(font);
  if (!cache) {
    cache = new Map();
    subsets.set(font, cache);
  }
  const key = [...cmap].sort((a, b) => a[0] - b[0]).join(';');
  let entry = cache.get(key);
  if (!entry) {
    const file = subsetTrueType(font, glyphs, cmap);
    entry = { deflated: deflate(file), length: file.length };
    if (cache.size >= 8) cache.delete(cache.keys().next().value!);
    cache.set(key, entry);
  }
  return entry;
}
