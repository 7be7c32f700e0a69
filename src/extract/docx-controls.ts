import { quote, refuseInput } from './input-error.js';
import { LIMITS } from './limits.js';
import type { XmlElement, XmlVisitor } from './safe-xml.js';

const W = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
/**
 * Word's default placeholder, which worksheets rendered before 0.2 carry in empty controls (now they hold blank
 * space). LibreOffice keeps the text but drops w:showingPlcHdr when it re-saves, so the text itself, like text
 * that is only white space, also means "not answered".
 */
const WORD_PLACEHOLDER = 'Click or tap here to enter text.';

/** One content control (w:sdt) that holds no other control, in document order. */
export interface DocxControl {
  tag: string | undefined;
  alias: string | undefined;
  kind: 'checkbox' | 'text';
  checked: boolean;
  /** The text typed into it; null when empty or still showing its placeholder. */
  value: string | null;
}

interface Frame {
  /** A FILLIN field's result rather than a content control. */
  fillIn?: boolean;
  tag?: string;
  alias?: string;
  checkbox: boolean;
  checked: boolean;
  placeholder: boolean;
  inProperties: boolean;
  inContent: boolean;
  hasChild: boolean;
  paragraphs: number;
  text: string[];
  length: number;
}

/**
 * A visitor for word/document.xml that collects content controls without recursion: a stack of open
 * controls, text going to the innermost one only (so a thousand nested controls cost one pass). Text is
 * concatenated across runs (w:t; w:tab → tab; w:br, w:cr and paragraph ends → newline); deleted text,
 * field codes and proofing marks are skipped. Controls that contain other controls are containers, not
 * fields, and are left out. A FILLIN field outside any control is read as an untagged text control: that is
 * what LibreOffice makes of a plain-text control on the way DOCX → ODT → DOCX.
 */
export function docxControls(file: string): { visitor: XmlVisitor; controls: DocxControl[] } {
  const controls: DocxControl[] = [];
  const frames: Frame[] = [];
  const path: string[] = [];
  let count = 0;
  const top = () => frames[frames.length - 1];
  const parentIs = (local: string) => path[path.length - 2] === `w:${local}`;
  const append = (frame: Frame, text: string) => {
    frame.text.push(text);
    frame.length += text.length;
    if (frame.length > LIMITS.fieldChars)
      throw refuseInput(
        file,
        `content control ${quote(frame.tag ?? '(untagged)')} holds more than ${LIMITS.fieldChars} characters`,
      );
  };
  const fillIn = fillInFields();
  const visitor: XmlVisitor = {
    open(element) {
      path.push(key(element));
      if (frames.length === 0 || frames[frames.length - 1]?.fillIn) {
        const field = fillIn.open(element);
        if (field === 'result') frames.push({ ...newFrame(), fillIn: true, inContent: true });
        else if (field === 'end') {
          const frame = frames.pop();
          if (frame) controls.push(toControl(frame));
        }
      }
      const frame = top();
      if (isW(element, 'sdt')) {
        if (++count > LIMITS.controls)
          throw refuseInput(file, `more than ${LIMITS.controls} content controls`);
        if (frame) frame.hasChild = true;
        frames.push(newFrame());
        return;
      }
      if (!frame) return;
      if (frame.inProperties) readProperty(frame, element);
      else if (isW(element, 'sdtPr') && !frame.inContent) frame.inProperties = true;
      else if (isW(element, 'sdtContent')) frame.inContent = true;
      else if (!frame.inContent) return;
      else if (isW(element, 'p') && frame.paragraphs++ > 0) append(frame, '\n');
      else if (isW(element, 'tab') && parentIs('r')) append(frame, '\t');
      else if ((isW(element, 'br') || isW(element, 'cr')) && parentIs('r')) append(frame, '\n');
    },
    close(element) {
      path.pop();
      const frame = top();
      if (!frame) return;
      if (isW(element, 'sdtPr')) frame.inProperties = false;
      else if (isW(element, 'sdt')) {
        frames.pop();
        if (!frame.hasChild) controls.push(toControl(frame));
      }
    },
    text(text) {
      if (frames.length === 0 && path[path.length - 1] === 'w:instrText') fillIn.code(text);
      const frame = top();
      if (frame?.inContent && !frame.inProperties && path[path.length - 1] === 'w:t' && parentIs('r'))
        append(frame, text);
    },
  };
  return { visitor, controls };
}

/**
 * Follows complex fields (w:fldChar begin → w:instrText → separate → result → end) outside content controls,
 * and says where the result of a top-level FILLIN field starts and ends. Nested fields count towards the depth
 * only.
 */
function fillInFields() {
  let depth = 0;
  let code = '';
  let inFillIn = false;
  return {
    code(text: string) {
      if (depth === 1) code += text;
    },
    open(element: XmlElement): 'result' | 'end' | undefined {
      if (!isW(element, 'fldChar')) return undefined;
      const type = [...W]
        .map((uri) => element.attributes.get(`{${uri}}fldCharType`))
        .find((v) => v !== undefined);
      if (type === 'begin') {
        depth += 1;
        if (depth === 1) code = '';
      } else if (type === 'separate' && depth === 1 && /^\s*FILLIN\b/i.test(code)) {
        inFillIn = true;
        return 'result';
      } else if (type === 'end' && depth > 0) {
        depth -= 1;
        if (depth === 0 && inFillIn) {
          inFillIn = false;
          return 'end';
        }
      }
      return undefined;
    },
  };
}

function readProperty(frame: Frame, element: XmlElement): void {
  const val = [...W].map((uri) => element.attributes.get(`{${uri}}val`)).find((v) => v !== undefined);
  if (isW(element, 'tag')) frame.tag = val ?? '';
  else if (isW(element, 'alias')) frame.alias = val ?? '';
  else if (isW(element, 'showingPlcHdr')) frame.placeholder = onOff(val);
  else if (element.uri === W14 && element.local === 'checkbox') frame.checkbox = true;
  else if (element.uri === W14 && element.local === 'checked')
    frame.checked = onOff(element.attributes.get(`{${W14}}val`));
}

function toControl(frame: Frame): DocxControl {
  const text = frame.text.join('');
  return {
    tag: frame.tag,
    alias: frame.alias,
    kind: frame.checkbox ? 'checkbox' : 'text',
    checked: frame.checked,
    value: frame.placeholder || text.trim() === '' || text === WORD_PLACEHOLDER ? null : text,
  };
}

/** ST_OnOff: absent means on; "0", "false" and "off" mean off. */
function onOff(value: string | undefined): boolean {
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

function isW(element: XmlElement, local: string): boolean {
  return element.local === local && W.has(element.uri);
}

function key(element: XmlElement): string {
  return W.has(element.uri) ? `w:${element.local}` : `{${element.uri}}${element.local}`;
}

function newFrame(): Frame {
  return {
    checkbox: false,
    checked: false,
    placeholder: false,
    inProperties: false,
    inContent: false,
    hasChild: false,
    paragraphs: 0,
    text: [],
    length: 0,
  };
}
