import type { TrueTypeFont } from '../fonts/truetype-font.js';
import type { PdfFonts } from './pdf-fonts.js';
import type { PDFContext, PDFRef } from './pdf-objects.js';

/** The font resource name every text field's /DA names. */
export const FIELD_FONT = 'FA';

/**
 * The font behind the name FA in each place a reader looks it up. In the form's /DR (what pdftk, qpdf and
 * poppler use to build an appearance) FA is the simple WinAnsi font, the only kind those fillers can
 * encode; in a field's own appearance resources (which pdf.js consults first) FA is the Type0 face that
 * covers the field's value (the form font, or a --font for a pre-filled value it lacks), so pdf.js can
 * redraw any script the subset holds. Each resources dictionary also lists the document's other fonts,
 * which pre-drawn appearances use; its font dictionary is written once every font is known.
 */
export class FieldFonts {
  private readonly byFont = new Map<TrueTypeFont, { resources: PDFRef; fonts: PDFRef }>();

  constructor(
    private readonly context: PDFContext,
    private readonly fonts: PdfFonts,
  ) {}

  /** Appearance resources in which FA stands for `font` (default: the form font). */
  resources(font: TrueTypeFont = this.fonts.formFont): PDFRef {
    let entry = this.byFont.get(font);
    if (!entry) {
      this.fonts.get(font);
      const fonts = this.context.nextRef();
      entry = { resources: this.context.register(this.context.obj({ Font: fonts })), fonts };
      this.byFont.set(font, entry);
    }
    return entry.resources;
  }

  /** Writes each font dictionary: every font of the document by its name, and FA for the field's face. */
  finish(): void {
    for (const [font, { fonts }] of this.byFont) {
      const dict: Record<string, PDFRef> = {};
      for (const entry of this.fonts.fonts) dict[entry.name] = entry.ref;
      dict[FIELD_FONT] = this.fonts.get(font).ref;
      this.context.assign(fonts, this.context.obj(dict));
    }
  }
}
