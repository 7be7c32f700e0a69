import { BaseXmlComponent, type IXmlableObject, type ParagraphChild } from 'docx';

/**
 * Word content controls (w:sdt) for fillable fields. The docx package's CheckBox takes no tag or id and it has
 * no plain-text control, so both are built here on the package's own extension point, BaseXmlComponent: a
 * component hands the package's serializer the element tree, which the package writes and escapes like its
 * own. The tree is built directly rather than from one BuilderElement per element because a worksheet holds
 * hundreds of controls and the generic path costs several times as much per element. `extract` reads fields
 * back by w:tag.
 */

/** Hands out w:id values; unique within one document and the same on every run. */
export interface ControlIds {
  next: number;
}

const UNCHECKED = '2610'; // ☐
const CHECKED = '2612'; // ☒

/** Text Word shows in an empty plain-text control. */
export const PLACEHOLDER_TEXT = 'Click or tap here to enter text.';
/** Character style of placeholder text, defined in docx-styles.ts. */
export const PLACEHOLDER_STYLE = 'PlaceholderText';
/** Character style of the ☐/☒ glyph (the symbol font), defined in docx-styles.ts. */
export const CHECKBOX_STYLE = 'CheckboxSymbol';
export const SYMBOL_FONT = 'MS Gothic'; // what Word itself writes for checkbox controls

export interface CheckboxControlOptions {
  tag: string;
  alias: string;
  checked: boolean;
  /** Font size in half-points; undefined: the document default. */
  size: number | undefined;
}

/** An inline checkbox content control (w14:checkbox) showing ☐ or ☒. */
export function checkboxControl(ids: ControlIds, options: CheckboxControlOptions): ParagraphChild {
  const { tag, alias, checked, size } = options;
  const symbol = (name: string, hex: string) => ({
    [name]: { _attr: { 'w14:val': hex, 'w14:font': SYMBOL_FONT } },
  });
  const properties = {
    'w:sdtPr': [
      valued('w:alias', alias),
      valued('w:tag', tag),
      valued('w:id', String(nextId(ids))),
      {
        'w14:checkbox': [
          { 'w14:checked': { _attr: { 'w14:val': checked ? '1' : '0' } } },
          symbol('w14:checkedState', CHECKED),
          symbol('w14:uncheckedState', UNCHECKED),
        ],
      },
    ],
  };
  const glyph = String.fromCodePoint(Number.parseInt(checked ? CHECKED : UNCHECKED, 16));
  const run = { 'w:r': [{ 'w:rPr': [valued('w:rStyle', CHECKBOX_STYLE), ...sizes(size)] }, text(glyph)] };
  return prepared({ 'w:sdt': [properties, { 'w:sdtContent': [run] }] });
}

export interface TextControlOptions {
  tag: string;
  alias: string;
  multiline: boolean;
  value?: string;
  /** Font size in half-points; undefined: the document default. */
  size: number | undefined;
}

/**
 * An inline plain-text content control (w:text). Empty: Word's placeholder text, marked w:showingPlcHdr so that
 * Word clears it on the first keystroke and readers can tell it from an answer. Lines of a multi-line value are
 * separated by breaks, as Word writes them.
 */
export function textControl(ids: ControlIds, options: TextControlOptions): ParagraphChild {
  const { tag, alias, multiline, value, size } = options;
  const empty = value === undefined || value === '';
  const properties = {
    'w:sdtPr': [
      ...(size === undefined ? [] : [{ 'w:rPr': sizes(size) }]),
      valued('w:alias', alias),
      valued('w:tag', tag),
      valued('w:id', String(nextId(ids))),
      ...(empty ? [{ 'w:showingPlcHdr': {} }] : []),
      multiline ? { 'w:text': { _attr: { 'w:multiLine': '1' } } } : { 'w:text': {} },
    ],
  };
  const content: IXmlableObject[] = [];
  if (empty) {
    content.push({
      'w:r': [{ 'w:rPr': [valued('w:rStyle', PLACEHOLDER_STYLE), ...sizes(size)] }, text(PLACEHOLDER_TEXT)],
    });
  } else {
    const lines = value.split(/\r\n|\r|\n/);
    const parts = multiline ? lines : [lines.join(' ')];
    const children: IXmlableObject[] = size === undefined ? [] : [{ 'w:rPr': sizes(size) }];
    parts.forEach((line, i) => {
      if (i > 0) children.push({ 'w:br': {} });
      children.push(text(line));
    });
    content.push({ 'w:r': children });
  }
  return prepared({ 'w:sdt': [properties, { 'w:sdtContent': content }] });
}

function nextId(ids: ControlIds): number {
  ids.next += 1;
  return ids.next;
}

function valued(name: string, value: string): IXmlableObject {
  return { [name]: { _attr: { 'w:val': value } } };
}

function sizes(size: number | undefined): IXmlableObject[] {
  return size === undefined ? [] : [valued('w:sz', String(size)), valued('w:szCs', String(size))];
}

function text(value: string): IXmlableObject {
  return { 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, value] };
}

/** A component whose element tree is already built; the package serializes and escapes it. */
class PreparedXml extends BaseXmlComponent {
  constructor(private readonly tree: IXmlableObject) {
    super(Object.keys(tree)[0] ?? '');
  }

  override prepForXml(): IXmlableObject {
    return this.tree;
  }
}

/**
 * A w:sdt is valid inside a paragraph, but ParagraphChild is a closed union of the package's own classes; the
 * serializer only needs a component.
 */
function prepared(tree: IXmlableObject): ParagraphChild {
  return new PreparedXml(tree) as unknown as ParagraphChild;
}
