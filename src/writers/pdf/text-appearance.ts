import type { FontSet } from '../fonts/load-fonts.js';
import { fontChain, segmentText } from '../fonts/segment-text.js';
import { contentStream, num } from './content-stream.js';
import type { FieldFonts } from './field-fonts.js';
import type { Box } from './layout/page-plan.js';
import { lineHeight, placeLines } from './layout/place-lines.js';
import { wrapRuns } from './layout/wrap-runs.js';
import type { PdfFonts } from './pdf-fonts.js';
import type { PDFContext, PDFRef } from './pdf-objects.js';

/**
 * Draws the appearance of a text field: the value, wrapped and clipped as the page layout measured it, or
 * an empty appearance for a blank field (whose resources tell pdf.js which font types into it).
 */
export class TextAppearance {
  private empty: PDFRef | undefined;

  constructor(
    private readonly context: PDFContext,
    private readonly fonts: PdfFonts,
    private readonly fontSet: FontSet,
    private readonly fieldFonts: FieldFonts,
  ) {}

  /** The one empty appearance every blank text field shares. */
  blank(): PDFRef {
    this.empty ??= this.context.register(
      this.context.stream('/Tx BMC EMC', {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, 1, 1],
        Resources: this.fieldFonts.resources(),
      }),
    );
    return this.empty;
  }

  build(value: string, box: Box, size: number, multiline: boolean): PDFRef {
    const inset = 2;
    const width = Math.max(1, box.width - 2 * inset);
    const all = wrapRuns(
      [{ text: multiline ? value : value.replace(/\n/g, ' ') }],
      size,
      multiline ? width : 1e9,
      this.fontSet,
    );
    const top = multiline ? box.height - inset : (box.height + lineHeight(size)) / 2;
    const fit = Math.max(1, Math.floor((box.height - 2 * inset) / lineHeight(size)));
    const ops = placeLines(multiline ? all.slice(0, fit) : all.slice(0, 1), inset, width, top, size);
    const clip = `${inset - 1} ${inset - 1} ${num(box.width - 2 * inset + 2)} ${num(box.height - 2 * inset + 2)} re W n`;
    const content = `/Tx BMC q ${clip}\n${contentStream(ops, this.fonts)}\nQ EMC`;
    return this.context.register(
      this.context.stream(content, {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, box.width, box.height],
        Resources: this.fieldFonts.resources(this.faceFor(value)),
      }),
    );
  }

  /** The face that draws every character of the value: the form font, else the first --font it needs. */
  private faceFor(value: string) {
    const spans = segmentText(value.replace(/\s/g, ' '), fontChain(this.fontSet, 'regular'));
    return spans.find((span) => span.font !== this.fonts.formFont)?.font ?? this.fonts.formFont;
  }
}
