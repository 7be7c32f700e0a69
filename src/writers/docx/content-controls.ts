import { runProperties, runXml } from './runs-to-docx.js';
import { valued } from './xml-text.js';

/**
 * Word content controls (w:sdt) for fillable fields: w14 checkboxes for options and checkboxes, plain-text
 * controls for text and dates, each with the field's name as w:tag. `extract` reads fields back by w:tag.
 */

/** Hands out w:id values; unique within one document and the same on every run. */
export interface ControlIds {
  next: number;
}

const UNCHECKED = '2610'; // ☐
const CHECKED = '2612'; // ☒
/** The font Word itself writes for checkbox controls. */
export const SYMBOL_FONT = 'MS Gothic';
/** The box is drawn larger than the text around it. */
export const CHECKBOX_SCALE = 1.4;

/**
 * What an empty plain-text control shows: no-break spaces, so that a printed blank worksheet has room to write
 * in the cell instead of Word's "Click or tap here to enter text.", and a reader of the file still finds the
 * control (an empty one would be hard to click into).
 */
export const PLACEHOLDER_TEXT = '\u00a0'.repeat(12);
/** Character style of placeholder text, defined in docx-styles.ts. */
export const PLACEHOLDER_STYLE = 'PlaceholderText';
/** Character style of the ☐/☒ glyph (symbol font, larger), defined in docx-styles.ts. */
export const CHECKBOX_STYLE = 'CheckboxSymbol';

const STATES =
  `<w14:checkedState w14:val="${CHECKED}" w14:font="${SYMBOL_FONT}"/>` +
  `<w14:uncheckedState w14:val="${UNCHECKED}" w14:font="${SYMBOL_FONT}"/>`;
const GLYPH = { on: String.fromCodePoint(0x2612), off: String.fromCodePoint(0x2610) };

export interface CheckboxControlOptions {
  tag: string;
  alias: string;
  checked: boolean;
  /** Text size in half-points; undefined: the document default. */
  size: number | undefined;
}

/** An inline checkbox content control (w14:checkbox) showing ☐ or ☒. */
export function checkboxControl(ids: ControlIds, options: CheckboxControlOptions): string {
  const { tag, alias, checked, size } = options;
  const glyphSize = size === undefined ? undefined : Math.round(size * CHECKBOX_SCALE);
  return (
    `<w:sdt><w:sdtPr>${valued('w:alias', alias)}${valued('w:tag', tag)}${valued('w:id', nextId(ids))}` +
    `<w14:checkbox><w14:checked w14:val="${checked ? 1 : 0}"/>${STATES}</w14:checkbox></w:sdtPr>` +
    `<w:sdtContent>${runXml(checked ? GLYPH.on : GLYPH.off, { style: CHECKBOX_STYLE, size: glyphSize })}` +
    '</w:sdtContent></w:sdt>'
  );
}

export interface TextControlOptions {
  tag: string;
  alias: string;
  multiline: boolean;
  value?: string;
  /** Text size in half-points; undefined: the document default. */
  size: number | undefined;
}

/**
 * An inline plain-text content control (w:text). Empty: blank placeholder text, marked w:showingPlcHdr so that
 * Word clears it on the first keystroke and readers can tell it from an answer. Lines of a multi-line value are
 * separated by breaks, as Word writes them.
 */
export function textControl(ids: ControlIds, options: TextControlOptions): string {
  const { tag, alias, multiline, value, size } = options;
  const empty = value === undefined || value === '';
  const run = empty
    ? runXml(PLACEHOLDER_TEXT, { style: PLACEHOLDER_STYLE, size })
    : runXml(multiline ? value : value.replace(/\r\n|\r|\n/g, ' '), { size });
  return (
    `<w:sdt><w:sdtPr>${runProperties({ size })}${valued('w:alias', alias)}${valued('w:tag', tag)}` +
    `${valued('w:id', nextId(ids))}${empty ? '<w:showingPlcHdr/>' : ''}` +
    `${multiline ? '<w:text w:multiLine="1"/>' : '<w:text/>'}</w:sdtPr>` +
    `<w:sdtContent>${run}</w:sdtContent></w:sdt>`
  );
}

function nextId(ids: ControlIds): number {
  ids.next += 1;
  return ids.next;
}
