import {
  PDFArray,
  PDFBool,
  type PDFContext,
  PDFDict,
  PDFName,
  PDFNull,
  PDFNumber,
  type PDFObject,
  PDFRef,
  PDFStream,
} from 'pdf-lib';
import type { FilledValue } from './filled-form.js';
import { LIMITS } from './limits.js';
import type { PdfField } from './pdf-field-tree.js';
import { textBytes } from './pdf-field-tree.js';
import { pdfNameText, pdfText } from './pdf-text.js';

const RADIO = 1 << 15;
const PUSHBUTTON = 1 << 16;
const COMBO = 1 << 17;
const EDIT = 1 << 18;

/**
 * The value of one terminal field, by field type: text (Tx), a choice group (radio buttons, same-named
 * checkboxes, list and combo boxes), or a single checkbox. Values of the wrong type come back as `invalid`
 * with a reason that names what was found. Push buttons and signatures hold no answer (undefined).
 */
export function pdfFieldValue(context: PDFContext, field: PdfField): FilledValue | undefined {
  const type = field.inherited.get('FT');
  const flags = numberOf(field.inherited.get('Ff'));
  const raw = field.inherited.get('V');
  const value = raw instanceof PDFRef ? context.lookup(raw) : raw;
  if (raw instanceof PDFRef && value === undefined)
    return invalid(`a dangling reference (${raw.objectNumber} ${raw.generationNumber} R)`);
  if (!(type instanceof PDFName)) return invalid('no field type (/FT)');
  switch (type.asString()) {
    case '/Tx':
      return textValue(value);
    case '/Btn':
      return flags & PUSHBUTTON ? undefined : buttonValue(context, field, value, (flags & RADIO) !== 0);
    case '/Ch':
      return choiceValue(context, field, value, (flags & COMBO) !== 0 && (flags & EDIT) !== 0);
    default:
      return undefined;
  }
}

function textValue(value: PDFObject | undefined): FilledValue {
  if (value === undefined || value === PDFNull) return { kind: 'text', value: null };
  const decoded = decodeString(value);
  if (decoded.kind !== 'text') return decoded;
  return decoded.value === '' ? { kind: 'text', value: null } : decoded;
}

function buttonValue(
  context: PDFContext,
  field: PdfField,
  value: PDFObject | undefined,
  radio: boolean,
): FilledValue {
  const exports = optionList(context, field.inherited.get('Opt'));
  const states = field.widgets.map((widget) => onState(context, widget));
  const options = exports ?? states.filter((s): s is string => s !== undefined);
  // Some programs store an option's index ("/2") instead of its export value: map it through the option
  // list (/Opt, else the widgets' on states in order), unless the index is itself one of the options.
  const toExport = (state: string) => {
    const index = /^(0|[1-9]\d{0,5})$/.test(state) ? Number(state) : -1;
    return index >= 0 && index < options.length && !options.includes(state) ? options[index]! : state;
  };
  let selected: string[];
  if (value instanceof PDFName) selected = value.asString() === '/Off' ? [] : [toExport(nameText(value))];
  else if (value === undefined || value === PDFNull)
    selected = field.widgets
      .map((w) => appearanceState(context, w))
      .filter((s): s is string => s !== undefined)
      .map(toExport);
  else if (textBytes(value)) {
    // pypdf (and others) store the state as a text string, often spelled as a name: "/ok-for-now".
    const decoded = decodeString(value);
    if (decoded.kind !== 'text') return decoded;
    const state = decoded.value === null ? 'Off' : stateFromText(decoded.value, options);
    selected = state === 'Off' ? [] : [toExport(state)];
  } else if (value instanceof PDFNumber) {
    const index = value.asNumber();
    if (!Number.isInteger(index) || index < 0 || index >= options.length)
      return invalid(`the number ${index}, which is no option's index`);
    selected = [options[index]!];
  } else return invalid(`${describe(value)}, expected a name`);
  const unknown = selected.find((s) => !options.includes(s));
  if (unknown !== undefined) return invalid(`"${unknown.slice(0, 40)}", which is not one of its options`);
  if (!radio && options.length <= 1) return { kind: 'checkbox', checked: selected.length > 0 };
  return { kind: 'choice', selected: [...new Set(selected)], options };
}

function choiceValue(
  context: PDFContext,
  field: PdfField,
  value: PDFObject | undefined,
  editable: boolean,
): FilledValue {
  const options = optionList(context, field.inherited.get('Opt')) ?? [];
  const items =
    value instanceof PDFArray
      ? value.asArray().map((v) => (v instanceof PDFRef ? context.lookup(v) : v))
      : [value];
  const selected: string[] = [];
  for (const item of items) {
    if (item === undefined || item === PDFNull) continue;
    const decoded = decodeString(item);
    if (decoded.kind !== 'text') return decoded;
    if (decoded.value === null) continue;
    if (!editable && !options.includes(decoded.value))
      return invalid(`"${decoded.value.slice(0, 40)}", which is not one of its options`);
    selected.push(decoded.value);
  }
  return { kind: 'choice', selected, options };
}

/** A state written as text: the option itself, else the option with a name's leading slash (never both). */
function stateFromText(text: string, options: readonly string[]): string {
  if (options.includes(text) || text === 'Off') return text;
  const unslashed = text.startsWith('/') ? text.slice(1) : text;
  return unslashed === 'Off' || options.includes(unslashed) ? unslashed : text;
}

/** /Opt as export values: each entry a string or an [export, display] pair. */
function optionList(context: PDFContext, opt: PDFObject | undefined): string[] | undefined {
  const array = opt instanceof PDFRef ? context.lookup(opt) : opt;
  if (!(array instanceof PDFArray)) return undefined;
  return array.asArray().map((entry) => {
    const item = entry instanceof PDFRef ? context.lookup(entry) : entry;
    const first = item instanceof PDFArray ? item.lookup(0) : item;
    const decoded = decodeString(first);
    return decoded.kind === 'text' ? (decoded.value ?? '') : '';
  });
}

/** A widget's "on" appearance state: the name in /AP /N other than /Off. */
function onState(context: PDFContext, widget: PDFDict): string | undefined {
  const ap = widget.lookup(PDFName.of('AP'));
  const normal = ap instanceof PDFDict ? ap.lookup(PDFName.of('N')) : undefined;
  if (!(normal instanceof PDFDict)) return appearanceState(context, widget);
  const on = normal.keys().find((key) => key.asString() !== '/Off');
  return on ? nameText(on) : undefined;
}

function appearanceState(_context: PDFContext, widget: PDFDict): string | undefined {
  const as = widget.lookup(PDFName.of('AS'));
  return as instanceof PDFName && as.asString() !== '/Off' ? nameText(as) : undefined;
}

function decodeString(value: PDFObject | undefined): FilledValue {
  const bytes = textBytes(value);
  if (!bytes) return invalid(`${describe(value)}, expected a string`);
  const decoded = pdfText(bytes);
  if (!decoded.ok) return invalid(decoded.reason);
  if (decoded.text.length > LIMITS.fieldChars)
    return invalid(`longer than the limit of ${LIMITS.fieldChars} characters`);
  return { kind: 'text', value: decoded.text === '' ? null : decoded.text };
}

function describe(value: PDFObject | undefined): string {
  if (value instanceof PDFArray) return 'an array';
  if (value instanceof PDFNumber) return 'a number';
  if (value instanceof PDFName) return `a name (${nameText(value).slice(0, 40)})`;
  if (value instanceof PDFStream) return 'a stream';
  if (value instanceof PDFDict) return 'a dictionary';
  if (value instanceof PDFBool) return 'a boolean';
  return 'an unexpected object';
}

function nameText(name: PDFName): string {
  return pdfNameText(name.asBytes());
}

function numberOf(value: PDFObject | undefined): number {
  return value instanceof PDFNumber ? value.asNumber() : 0;
}

function invalid(reason: string): FilledValue {
  return { kind: 'invalid', reason };
}
