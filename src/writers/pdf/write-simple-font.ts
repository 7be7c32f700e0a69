import type { TrueTypeFont } from '../fonts/truetype-font.js';
import type { PDFContext, PDFRef } from './pdf-objects.js';
import { WIN_ANSI_FIRST, WIN_ANSI_LAST, winAnsiChar } from './win-ansi.js';

/**
 * Writes the form's simple TrueType font: the form font's embedded subset again, addressed with one byte
 * per character in WinAnsiEncoding. Fillers that encode field text only through a simple font (pdftk's
 * iText, qpdf) can write Latin-1 with it, and iText draws every other character with the embedded file.
 */
export function writeSimpleFont(
  context: PDFContext,
  ref: PDFRef,
  font: TrueTypeFont,
  shared: { descriptor: PDFRef; baseName: string },
): void {
  const widths: number[] = [];
  for (let code = WIN_ANSI_FIRST; code <= WIN_ANSI_LAST; code++) {
    const char = winAnsiChar(code);
    const glyph = char === undefined ? undefined : font.cmap.get(char);
    widths.push(glyph === undefined ? 0 : Math.round((font.advances[glyph]! * 1000) / font.unitsPerEm));
  }
  context.assign(
    ref,
    context.obj({
      Type: 'Font',
      Subtype: 'TrueType',
      BaseFont: shared.baseName,
      FirstChar: WIN_ANSI_FIRST,
      LastChar: WIN_ANSI_LAST,
      Widths: widths,
      Encoding: 'WinAnsiEncoding',
      FontDescriptor: shared.descriptor,
    }),
  );
}
