import { createHash } from 'node:crypto';
import { subsetTrueType } from '../fonts/subset-truetype.js';
import type { PdfFont } from './pdf-fonts.js';
import { type PDFContext, PDFName, PDFRaw, type PDFRef, PDFString } from './pdf-objects.js';
import { toUnicodeCMap } from './to-unicode-cmap.js';

/**
 * Writes a Type0 / CIDFontType2 font with a subset FontFile2 into the font's reserved reference; returns
 * the font descriptor and widths source, which the form's simple font shares.
 */
export function writeFontObjects(
  context: PDFContext,
  entry: PdfFont,
  deflate: (b: Uint8Array) => Uint8Array,
): { descriptor: PDFRef; baseName: string } {
  const { font } = entry;
  const parts = cachedParts(entry, deflate);
  const scale = 1000 / font.unitsPerEm;
  const round = (n: number) => Math.round(n * scale);
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: parts.baseName,
      Flags: font.italicAngle !== 0 ? 32 + 64 : 32,
      FontBBox: font.bbox.map(round),
      ItalicAngle: font.italicAngle,
      Ascent: round(font.ascent),
      Descent: round(font.descent),
      CapHeight: round(font.capHeight),
      StemV: 80,
      FontFile2: context.register(
        context.stream(parts.fontFile, { Length1: parts.fontFileLength, Filter: 'FlateDecode' }),
      ),
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: parts.baseName,
      // Literal strings, as the PDF reference writes them (a text string <FEFF…> is not the same string).
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: parts.widths,
      CIDToGIDMap: 'Identity',
    }),
  );
  const toUnicode = context.register(context.stream(parts.toUnicode, { Filter: 'FlateDecode' }));
  context.assign(
    entry.ref,
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: parts.baseName,
      Encoding: PDFName.of('Identity-H'),
      DescendantFonts: [cidFont],
      ToUnicode: toUnicode,
    }),
  );
  return { descriptor, baseName: parts.baseName };
}

/** Everything about a font object that depends only on the font and the glyphs drawn with it. */
interface FontParts {
  baseName: string;
  fontFile: Uint8Array;
  fontFileLength: number;
  toUnicode: Uint8Array;
  widths: PDFRaw;
}

const partsCache = new WeakMap<PdfFont['font'], Map<string, FontParts>>();

/**
 * Subsetting and compressing a font (and its ToUnicode map and widths) is most of the cost of a document; a
 * batch draws the same glyph set again and again, so these are kept per font and glyph set (a few entries
 * per process), keyed by a digest of the glyph → character map.
 */
function cachedParts(entry: PdfFont, deflate: (b: Uint8Array) => Uint8Array): FontParts {
  const { font, used } = entry;
  const pairs = [...used].sort((a, b) => a[0] - b[0]);
  const key = createHash('sha256').update(new Uint32Array(pairs.flat())).digest('base64');
  let cache = partsCache.get(font);
  if (!cache) {
    cache = new Map();
    partsCache.set(font, cache);
  }
  let parts = cache.get(key);
  if (!parts) {
    const glyphs = pairs.map(([glyph]) => glyph);
    const cmap = new Map<number, number>();
    for (const [glyph, code] of pairs) cmap.set(code, glyph);
    const file = subsetTrueType(font, glyphs, cmap);
    const scale = 1000 / font.unitsPerEm;
    parts = {
      baseName: `${subsetTag(font.postScriptName, glyphs)}+${font.postScriptName}`,
      fontFile: deflate(file),
      fontFileLength: file.length,
      toUnicode: deflate(new TextEncoder().encode(toUnicodeCMap(used))),
      widths: PDFRaw.of(widthsArray(glyphs, (g) => Math.round(font.advances[g]! * scale))),
    };
    if (cache.size >= 8) cache.delete(cache.keys().next().value!);
    cache.set(key, parts);
  }
  return parts;
}

/** The /W array, written out: runs of consecutive glyph ids with their widths. */
function widthsArray(glyphs: number[], width: (g: number) => number): string {
  const out: string[] = [];
  let run: number[] = [];
  let start = -1;
  glyphs.forEach((g, i) => {
    if (i > 0 && g === glyphs[i - 1]! + 1) run.push(width(g));
    else {
      if (run.length > 0) out.push(`${start} [${run.join(' ')}]`);
      start = g;
      run = [width(g)];
    }
  });
  if (run.length > 0) out.push(`${start} [${run.join(' ')}]`);
  return `[${out.join(' ')}]`;
}

/** Six capital letters derived from the glyph set, so the same content gives the same name. */
function subsetTag(name: string, glyphs: number[]): string {
  const digest = createHash('sha256').update(name).update(glyphs.join(',')).digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i]! % 26));
  return tag;
}
