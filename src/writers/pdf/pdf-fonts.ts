import { deflateSync } from 'node:zlib';
import type { TextSpan } from '../fonts/segment-text.js';
import type { TrueTypeFont } from '../fonts/truetype-font.js';
import type { PDFContext, PDFRef } from './pdf-objects.js';
import { writeFontObjects } from './write-font-objects.js';
import { writeSimpleFont } from './write-simple-font.js';

/** A font as used in one PDF: its resource name, its reserved object and the glyphs drawn with it. */
export interface PdfFont {
  name: string;
  ref: PDFRef;
  font: TrueTypeFont;
  /** Glyph id → the character it stands for (for ToUnicode). */
  used: Map<number, number>;
}

/**
 * Characters the form font keeps so that viewers and fillers can type into fields: Latin (with Vietnamese),
 * Greek, Cyrillic, the punctuation of Windows-1252 and the currency signs.
 */
export const FORM_RANGES: readonly [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x2b0, 0x36f],
  [0x370, 0x3ff],
  [0x400, 0x4ff],
  [0x1e00, 0x1eff],
  [0x2010, 0x203a],
  [0x20a0, 0x20bf],
  [0x2116, 0x2116],
  [0x2122, 0x2122],
];

/**
 * Characters every other face keeps (printable ASCII and Latin-1), so that documents of a batch that differ
 * only in a name or a date draw the same glyph set and share one cached, compressed subset.
 */
export const BASE_RANGES: readonly [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
];

/** Glyph ids as four hex digits, filled as glyphs are drawn: every page writes the same few hundred. */
const GLYPH_HEX: string[] = [];

/** The fonts of one PDF: hands out resource names, encodes text as glyph ids and writes the font objects. */
export class PdfFonts {
  readonly fonts: PdfFont[] = [];
  private readonly byFont = new Map<TrueTypeFont, PdfFont>();
  /** The form font again as a simple WinAnsi font (resource name and reference), for field /DA. */
  readonly simpleForm: { name: string; ref: PDFRef };

  constructor(
    private readonly context: PDFContext,
    /** The face fields are typed in; its subset also covers FORM_RANGES. */
    readonly formFont: TrueTypeFont,
  ) {
    this.get(formFont);
    this.simpleForm = { name: 'FA', ref: context.nextRef() };
  }

  get(font: TrueTypeFont): PdfFont {
    let entry = this.byFont.get(font);
    if (!entry) {
      entry = { name: `F${this.fonts.length + 1}`, ref: this.context.nextRef(), font, used: new Map() };
      this.byFont.set(font, entry);
      this.fonts.push(entry);
    }
    return entry;
  }

  /** The span's text as a hex string of 2-byte glyph ids (Identity-H), recording the glyphs used. */
  encode(span: TextSpan): { name: string; hex: string } {
    const entry = this.get(span.font);
    let hex = '';
    for (const char of span.text) {
      const code = char.codePointAt(0)!;
      const glyph = span.font.cmap.get(code) ?? 0;
      if (!entry.used.has(glyph)) entry.used.set(glyph, code);
      hex += GLYPH_HEX[glyph] ??= glyph.toString(16).padStart(4, '0');
    }
    return { name: entry.name, hex };
  }

  /** Writes every font's objects (subset font file, widths, ToUnicode) into its reserved reference. */
  finish(): void {
    for (const entry of this.fonts) {
      for (const [from, to] of entry.font === this.formFont ? FORM_RANGES : BASE_RANGES) {
        for (let code = from; code <= to; code++) {
          const glyph = entry.font.cmap.get(code);
          if (glyph !== undefined && !entry.used.has(glyph)) entry.used.set(glyph, code);
        }
      }
      const shared = writeFontObjects(this.context, entry, (bytes) => deflateSync(bytes));
      if (entry.font === this.formFont)
        writeSimpleFont(this.context, this.simpleForm.ref, entry.font, shared);
    }
  }
}
