import {
  PDFArray,
  type PDFContext,
  PDFDict,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFRef,
  PDFString,
} from 'pdf-lib';
import { quote, refuseInput, rejectInput } from './input-error.js';
import { LIMITS } from './limits.js';
import { pdfText } from './pdf-text.js';

/** A terminal AcroForm field: its fully qualified name, its dictionary, widgets and inherited entries. */
export interface PdfField {
  name: string;
  dict: PDFDict;
  widgets: PDFDict[];
  /** Inheritable entries (FT, Ff, V, DV, Opt), nearest ancestor first. */
  inherited: Map<string, PDFObject>;
}

interface Pending {
  object: PDFObject | undefined;
  parent: string | undefined;
  depth: number;
  inherited: Map<string, PDFObject>;
}

const INHERITABLE = ['FT', 'Ff', 'V', 'DV', 'Opt'];

/**
 * Walks the catalog's /AcroForm /Fields tree without recursion, in document order, and returns the terminal
 * fields. A node with /T is a field; kids without /T are its widgets. Rejects a field tree that is deeper
 * than LIMITS.pdfFieldDepth, visits a node twice (a cycle or a shared node) or gives two fields the same
 * fully qualified name (never letting the first or the last win).
 */
export function pdfFieldTree(file: string, context: PDFContext, catalog: PDFDict): PdfField[] {
  const acroForm = catalog.lookup(PDFName.of('AcroForm'));
  if (!(acroForm instanceof PDFDict)) throw rejectInput(file, 'no form fields (the PDF has no AcroForm)');
  const roots = acroForm.lookup(PDFName.of('Fields'));
  if (!(roots instanceof PDFArray) || roots.size() === 0)
    throw rejectInput(file, 'no form fields (the AcroForm field list is empty)');
  const fields: PdfField[] = [];
  const names = new Set<string>();
  const visited = new Set<PDFObject>();
  const stack: Pending[] = roots
    .asArray()
    .map((object) => ({ object, parent: undefined, depth: 1, inherited: new Map<string, PDFObject>() }))
    .reverse();
  while (stack.length > 0) {
    const { object, parent, depth, inherited } = stack.pop() as Pending;
    const dict = resolve(context, object);
    if (!(dict instanceof PDFDict))
      throw rejectInput(file, `field tree entry ${describeRef(object)} is not a dictionary`);
    if (visited.has(dict))
      throw rejectInput(file, `field tree cycle: ${describeRef(object)} is reached twice`);
    visited.add(dict);
    if (visited.size > LIMITS.pdfFieldNodes)
      throw refuseInput(file, `more than ${LIMITS.pdfFieldNodes} form field nodes`);
    if (depth > LIMITS.pdfFieldDepth)
      throw refuseInput(file, `form field hierarchy deeper than ${LIMITS.pdfFieldDepth} levels`);
    const partial = partialName(file, dict);
    const name = partial === undefined ? parent : parent === undefined ? partial : `${parent}.${partial}`;
    if (name === undefined) continue; // a widget listed at the top level without a field: nothing to read
    const own = new Map(inherited);
    for (const key of INHERITABLE) {
      const value = dict.get(PDFName.of(key));
      if (value !== undefined) own.set(key, value);
    }
    const kids = dict.lookup(PDFName.of('Kids'));
    const children = kids instanceof PDFArray ? kids.asArray() : [];
    const fieldKids = children.filter((kid) => {
      const kidDict = resolve(context, kid);
      return kidDict instanceof PDFDict && kidDict.has(PDFName.of('T'));
    });
    if (fieldKids.length === 0) {
      if (names.has(name))
        throw rejectInput(file, `ambiguous field ${quote(name)}: two fields have this name`);
      names.add(name);
      const widgets = children.map((kid) => resolve(context, kid)).filter((k) => k instanceof PDFDict);
      fields.push({
        name,
        dict,
        widgets: widgets.length > 0 ? (widgets as PDFDict[]) : [dict],
        inherited: own,
      });
      for (const widget of widgets) visited.add(widget as PDFDict);
      continue;
    }
    for (const kid of [...fieldKids].reverse())
      stack.push({ object: kid, parent: name, depth: depth + 1, inherited: own });
  }
  return fields;
}

function partialName(file: string, dict: PDFDict): string | undefined {
  const t = dict.lookup(PDFName.of('T'));
  if (t === undefined) return undefined;
  const bytes = textBytes(t);
  if (!bytes) throw rejectInput(file, 'a form field name (/T) is not a string');
  const decoded = pdfText(bytes);
  if (!decoded.ok) throw rejectInput(file, `a form field name is ${decoded.reason}`);
  return decoded.text;
}

/** The bytes of a PDF string or hex string, else undefined. */
export function textBytes(object: PDFObject | undefined): Uint8Array | undefined {
  if (object instanceof PDFString) return object.asBytes();
  if (object instanceof PDFHexString) return hexBytes(object.asString());
  return undefined;
}

/** pdf-lib pairs hex digits without skipping white space inside `<…>`; the spec ignores it. */
function hexBytes(hex: string): Uint8Array {
  const digits = hex.replace(/[^0-9a-fA-F]/g, '');
  const even = digits.length % 2 === 0 ? digits : `${digits}0`;
  return Uint8Array.from(Buffer.from(even, 'hex'));
}

function resolve(context: PDFContext, object: PDFObject | undefined): PDFObject | undefined {
  return object instanceof PDFRef ? context.lookup(object) : object;
}

function describeRef(object: PDFObject | undefined): string {
  return object instanceof PDFRef
    ? `object ${object.objectNumber} ${object.generationNumber} R`
    : 'a direct object';
}
