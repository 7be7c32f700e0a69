import { AlignmentType, type INumberingOptions, type IStylesOptions, LevelFormat } from 'docx';
import { CHECKBOX_SCALE, CHECKBOX_STYLE, PLACEHOLDER_STYLE, SYMBOL_FONT } from './content-controls.js';
import { halfPoints, twips } from './units.js';

/** The document font: what the PDF embeds. Word substitutes a close font where it is not installed. */
export const DOCUMENT_FONT = 'DejaVu Sans';
/** Character style and relative size of an option's label printed under its checkbox in a table cell. */
export const OPTION_LABEL_STYLE = 'OptionLabel';
export const OPTION_LABEL_SCALE = 0.75;

/**
 * Styles: the document font and body size, real Heading 1–3 styles (so Word's navigation pane and screen
 * readers see the outline), and the grey Placeholder Text character style of empty content controls, the checkbox glyph's symbol font and the
 * small label under a checkbox in a table.
 */
export function documentStyles(fontSize: number, language: string): IStylesOptions {
  const heading = (scale: number) => ({
    run: { font: DOCUMENT_FONT, size: halfPoints(fontSize * scale), bold: true, color: '000000' },
    paragraph: {
      spacing: { before: twips(fontSize * scale * 0.8), after: twips(fontSize * 0.4) },
      keepNext: true,
    },
  });
  return {
    default: {
      document: {
        run: {
          font: { ascii: DOCUMENT_FONT, hAnsi: DOCUMENT_FONT, cs: DOCUMENT_FONT, eastAsia: DOCUMENT_FONT },
          size: halfPoints(fontSize),
          language: { value: language },
        },
        // Cells hold most paragraphs and want no spacing; body paragraphs ask for theirs (blocks-to-docx.ts).
        paragraph: { spacing: { before: 0, after: 0 } },
      },
      heading1: heading(1.6),
      heading2: heading(1.3),
      heading3: heading(1.1),
    },
    characterStyles: [
      {
        id: PLACEHOLDER_STYLE,
        name: 'Placeholder Text',
        basedOn: 'DefaultParagraphFont',
        uiPriority: 99,
        semiHidden: true,
        run: { color: '808080' },
      },
      {
        id: CHECKBOX_STYLE,
        name: 'Checkbox Symbol',
        basedOn: 'DefaultParagraphFont',
        run: {
          font: { ascii: SYMBOL_FONT, hAnsi: SYMBOL_FONT, eastAsia: SYMBOL_FONT, hint: 'eastAsia' },
          size: halfPoints(fontSize * CHECKBOX_SCALE),
        },
      },
      {
        id: OPTION_LABEL_STYLE,
        name: 'Option Label',
        basedOn: 'DefaultParagraphFont',
        run: { size: halfPoints(fontSize * OPTION_LABEL_SCALE) },
      },
    ],
  };
}

/** A bullet list and a decimal list; each numbered list is its own instance so it restarts at 1. */
export function listNumbering(fontSize: number): INumberingOptions {
  const indent = { left: twips(fontSize * 2), hanging: twips(fontSize * 1.2) };
  return {
    config: [
      {
        reference: 'bullet',
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '\u2022',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent } },
          },
        ],
      },
      {
        reference: 'ordered',
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent } },
          },
        ],
      },
    ],
  };
}
