import { element, runTree, valued, type XmlTree } from './xml-tree.js';

/**
 * Word content controls (w:sdt) for fillable fields. The docx package's CheckBox takes no tag or id and it has
 * no plain-text control, so both are built here as element trees for the package's serializer (see
 * xml-tree.ts), which writes and escapes them like its own. `extract` reads fields back by w:tag.
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

/** Text Word shows in an empty plain-text control. */
export const PLACEHOLDER_TEXT = 'Click or tap here to enter text.';
/** Character style of placeholder text, defined in docx-styles.ts. */
export const PLACEHOLDER_STYLE = 'PlaceholderText';
/** Character style of the ☐/☒ glyph (symbol font, larger), defined in docx-styles.ts. */
export const CHECKBOX_STYLE = 'CheckboxSymbol';

export interface CheckboxControlOptions {
  tag: string;
  alias: string;
  checked: boolean;
  /** Text size in half-points; undefined: the document default. */
  size: number | undefined;
}

/** An inline checkbox content control (w14:checkbox) showing ☐ or ☒. */
export function checkboxControl(ids: ControlIds, options: CheckboxControlOptions): XmlTree {
  const { tag, alias, checked, size } = options;
  const symbol = (name: string, hex: string) => element(name, { 'w14:val': hex, 'w14:font': SYMBOL_FONT });
  const properties = element('w:sdtPr', undefined, [
    valued('w:alias', alias),
    valued('w:tag', tag),
    valued('w:id', nextId(ids)),
    element('w14:checkbox', undefined, [
      element('w14:checked', { 'w14:val': checked ? '1' : '0' }),
      symbol('w14:checkedState', CHECKED),
      symbol('w14:uncheckedState', UNCHECKED),
    ]),
  ]);
  const glyph = String.fromCodePoint(Number.parseInt(checked ? CHECKED : UNCHECKED, 16));
  const glyphSize = size === undefined ? undefined : Math.round(size * CHECKBOX_SCALE);
  const content = element('w:sdtContent', undefined, [
    runTree(glyph, { style: CHECKBOX_STYLE, size: glyphSize }),
  ]);
  return element('w:sdt', undefined, [properties, content]);
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
 * An inline plain-text content control (w:text). Empty: Word's placeholder text, marked w:showingPlcHdr so that
 * Word clears it on the first keystroke and readers can tell it from an answer. Lines of a multi-line value are
 * separated by breaks, as Word writes them.
 */
export function textControl(ids: ControlIds, options: TextControlOptions): XmlTree {
  const { tag, alias, multiline, value, size } = options;
  const empty = value === undefined || value === '';
  const sized =
    size === undefined ? [] : [element('w:rPr', undefined, [valued('w:sz', size), valued('w:szCs', size)])];
  const properties = element('w:sdtPr', undefined, [
    ...sized,
    valued('w:alias', alias),
    valued('w:tag', tag),
    valued('w:id', nextId(ids)),
    ...(empty ? [element('w:showingPlcHdr')] : []),
    element('w:text', multiline ? { 'w:multiLine': '1' } : undefined),
  ]);
  const run = empty
    ? runTree(PLACEHOLDER_TEXT, { style: PLACEHOLDER_STYLE, size })
    : runTree(multiline ? value : value.replace(/\r\n|\r|\n/g, ' '), { size });
  return element('w:sdt', undefined, [properties, element('w:sdtContent', undefined, [run])]);
}

function nextId(ids: ControlIds): number {
  ids.next += 1;
  return ids.next;
}
