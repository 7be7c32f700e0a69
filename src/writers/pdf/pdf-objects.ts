import { createHash } from 'node:crypto';

/**
 * The PDF object layer of the writer: indirect objects, dictionaries, streams and a classic cross-reference
 * table, with the small API the writer needs (modelled on pdf-lib's low-level context: obj, register,
 * nextRef, assign, stream). pdf-lib served here first; its module alone took ~60 ms of a ~300 ms cold
 * render, for a job this file does in one pass. Readers (pdf-lib, pdfjs-dist, poppler, qpdf) are checked
 * against the output in the tests.
 */

/** A name object, /Like/This. */
export class PDFName {
  private static readonly cache = new Map<string, PDFName>();
  private constructor(readonly name: string) {}

  static of(name: string): PDFName {
    let found = PDFName.cache.get(name);
    if (!found) {
      found = new PDFName(name);
      PDFName.cache.set(name, found);
    }
    return found;
  }

  private serialized: string | undefined;

  toString(): string {
    if (this.serialized !== undefined) return this.serialized;
    let out = '/';
    if (/^[A-Za-z0-9_.+-]*$/.test(this.name)) out += this.name;
    else
      for (const byte of new TextEncoder().encode(this.name)) {
        const regular = byte > 0x20 && byte < 0x7f && !DELIMITERS.includes(byte);
        out += regular ? String.fromCharCode(byte) : `#${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      }
    this.serialized = out;
    return out;
  }
}

/** `#()<>[]{}/%`: characters a name must escape. */
const DELIMITERS = [0x23, 0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25];

/** A hexadecimal string, <FEFF…>. */
export class PDFHexString {
  private constructor(readonly hex: string) {}

  static of(hex: string): PDFHexString {
    return new PDFHexString(hex);
  }

  /** Text as UTF-16BE with a byte-order mark: any Unicode text, read the same by every viewer. */
  static fromText(text: string): PDFHexString {
    let found = hexTexts.get(text);
    if (!found) {
      let hex = 'FEFF';
      for (let i = 0; i < text.length; i++)
        hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
      found = new PDFHexString(hex);
      if (hexTexts.size >= 4096) hexTexts.clear();
      hexTexts.set(text, found);
    }
    return found;
  }

  toString(): string {
    return `<${this.hex}>`;
  }
}

/** Hex strings by text, per process: a form repeats its field names and tooltips in every document. */
const hexTexts = new Map<string, PDFHexString>();

/** A literal string of ASCII text, (like this); backslashes and parentheses escaped. */
export class PDFString {
  private constructor(readonly value: string) {}

  static of(value: string): PDFString {
    return new PDFString(value);
  }

  private serialized: string | undefined;

  toString(): string {
    this.serialized ??= `(${this.value.replace(/[\\()]/g, '\\$&').replace(/\r/g, '\\r')})`;
    return this.serialized;
  }
}

/**
 * A text string as short as PDF allows: printable ASCII as a literal string (the same in PDFDocEncoding),
 * anything else as UTF-16BE hex. For the many names a tagged form repeats (one per radio button).
 */
export function pdfText(text: string): PDFString | PDFHexString {
  let found = texts.get(text);
  if (!found) {
    found = /^[\x20-\x7e]*$/.test(text) ? PDFString.of(text) : PDFHexString.fromText(text);
    if (texts.size >= 4096) texts.clear();
    texts.set(text, found);
  }
  return found;
}

/** Text strings by text, per process: a batch writes the same accessible names into every document. */
const texts = new Map<string, PDFString | PDFHexString>();

/** Text already written in PDF syntax (e.g. a font's widths array, kept per process and reused). */
export class PDFRaw {
  private constructor(readonly text: string) {}

  static of(text: string): PDFRaw {
    return new PDFRaw(text);
  }

  toString(): string {
    return this.text;
  }
}

/** A reference to an indirect object, `12 0 R`. */
export class PDFRef {
  constructor(readonly objectNumber: number) {}

  toString(): string {
    return `${this.objectNumber} 0 R`;
  }
}

/** A dictionary; keys keep their insertion order, so the same calls give the same bytes. */
export class PDFDict {
  readonly entries = new Map<string, PDFValue>();

  set(key: PDFName, value: PDFValue): void {
    this.entries.set(key.name, value);
  }

  get(key: PDFName): PDFValue | undefined {
    return this.entries.get(key.name);
  }
}

/** A stream: its dictionary (without /Length, which is written from the bytes) and its bytes. */
export class PDFStream {
  constructor(
    readonly dict: PDFDict,
    readonly contents: Uint8Array,
  ) {}
}

export type PDFValue =
  | PDFName
  | PDFHexString
  | PDFString
  | PDFRaw
  | PDFRef
  | PDFDict
  | PDFStream
  | PDFValue[]
  | number
  | boolean
  | null;

/**
 * What `obj` accepts, as in pdf-lib: a JavaScript string is a name, numbers, booleans and null are
 * themselves, arrays and plain objects become arrays and dictionaries, PDF objects stay as they are.
 */
export type Literal =
  | string
  | number
  | boolean
  | null
  | undefined
  | PDFName
  | PDFHexString
  | PDFString
  | PDFRaw
  | PDFRef
  | PDFDict
  | PDFStream
  | readonly Literal[]
  | { readonly [key: string]: Literal };

/** The indirect objects of one document and its trailer entries. */
export class PDFContext {
  private readonly objects = new Map<number, PDFDict | PDFStream | PDFValue>();
  private last = 0;
  readonly trailerInfo: { Root?: PDFRef; Info?: PDFRef; ID?: PDFValue } = {};

  /** Reserves the next object number; `assign` gives it its object later. */
  nextRef(): PDFRef {
    this.last += 1;
    return new PDFRef(this.last);
  }

  register(object: PDFValue): PDFRef {
    const ref = this.nextRef();
    this.objects.set(ref.objectNumber, object);
    return ref;
  }

  assign(ref: PDFRef, object: PDFValue): void {
    this.objects.set(ref.objectNumber, object);
  }

  obj(literal: readonly Literal[]): PDFValue[];
  obj(literal: { readonly [key: string]: Literal }): PDFDict;
  obj(literal: Literal): PDFValue;
  obj(literal: Literal): PDFValue {
    if (typeof literal === 'string') return PDFName.of(literal);
    if (literal === undefined) return null;
    if (Array.isArray(literal)) return literal.map((item: Literal) => this.obj(item));
    if (literal === null || typeof literal !== 'object' || !isPlainObject(literal))
      return literal as PDFValue;
    const dict = new PDFDict();
    for (const [key, value] of Object.entries(literal as { [key: string]: Literal }))
      if (value !== undefined) dict.set(PDFName.of(key), this.obj(value));
    return dict;
  }

  /** A stream of bytes, or of text made of characters below U+0100 (content streams are ASCII). */
  stream(contents: string | Uint8Array, dict: { readonly [key: string]: Literal } = {}): PDFStream {
    const bytes = typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents;
    return new PDFStream(this.obj(dict), bytes);
  }

  /** Every indirect object in object-number order; throws if a reserved number was never assigned. */
  *indirectObjects(): Generator<[number, PDFValue]> {
    for (let n = 1; n <= this.last; n++) {
      const object = this.objects.get(n);
      if (object === undefined) throw new Error(`PDF object ${n} was reserved but never written`);
      yield [n, object];
    }
  }

  get size(): number {
    return this.last + 1;
  }
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Numbers as PDF writes them: no exponent, at most six decimals, no trailing zeros. */
function pdfNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const fixed = n.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
  return fixed === '-0' ? '0' : fixed;
}

/** Serialises a direct value. Streams are only written as indirect objects. */
function serialize(value: PDFValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return pdfNumber(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(serialize).join(' ')}]`;
  if (value instanceof PDFDict) {
    let out = '<<';
    for (const [key, entry] of value.entries) out += `${PDFName.of(key)} ${serialize(entry)}\n`;
    return `${out}>>`;
  }
  if (value instanceof PDFStream) throw new Error('a stream must be an indirect object');
  return value.toString();
}

const streamDigests = new WeakMap<Uint8Array, Buffer>();

/** The MD5 digest of a stream's bytes, computed once per byte array. */
function streamDigest(contents: Uint8Array): Buffer {
  let found = streamDigests.get(contents);
  if (!found) {
    found = createHash('md5').update(contents).digest();
    streamDigests.set(contents, found);
  }
  return found;
}

/** A page of a document being built. */
export interface PDFPage {
  ref: PDFRef;
  node: PDFDict;
}

/** A document: catalog, page tree and the context holding every object. */
export class PDFDocument {
  readonly context = new PDFContext();
  readonly catalog: PDFDict;
  private readonly pagesRef: PDFRef;
  private readonly pages: PDFPage[] = [];

  private constructor() {
    this.pagesRef = this.context.nextRef();
    this.catalog = this.context.obj({ Type: 'Catalog', Pages: this.pagesRef });
    this.context.trailerInfo.Root = this.context.register(this.catalog);
  }

  static create(): PDFDocument {
    return new PDFDocument();
  }

  addPage([width, height]: [number, number]): PDFPage {
    const node = this.context.obj({ Type: 'Page', Parent: this.pagesRef, MediaBox: [0, 0, width, height] });
    const page = { ref: this.context.register(node), node };
    this.pages.push(page);
    return page;
  }

  getPage(index: number): PDFPage {
    const page = this.pages[index];
    if (!page) throw new Error(`no page ${index}`);
    return page;
  }

  /** The whole file: header, objects, cross-reference table and trailer. */
  save(): Uint8Array {
    const { context } = this;
    context.assign(
      this.pagesRef,
      context.obj({ Type: 'Pages', Kids: this.pages.map((p) => p.ref), Count: this.pages.length }),
    );
    // Objects are written as one latin1 string (every serialised object is 8-bit text) until a stream's bytes
    // come, so a form's thousands of small objects cost a few Buffer copies instead of one each.
    const chunks: Uint8Array[] = [];
    // The file identifier: a digest of the content instead of a random value, so output is reproducible.
    // A stream enters it by its own digest, kept per byte array: fonts and unchanged page contents are
    // the same arrays in every document of a batch, and most of the file's bytes.
    const digest = createHash('md5');
    let offset = 0;
    let pending = '';
    const flush = () => {
      if (pending === '') return;
      const bytes = Buffer.from(pending, 'latin1');
      chunks.push(bytes);
      digest.update(bytes);
      pending = '';
    };
    const push = (text: string) => {
      pending += text;
      offset += text.length;
    };
    push('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n');
    const offsets: number[] = [];
    for (const [n, object] of context.indirectObjects()) {
      offsets.push(offset);
      if (object instanceof PDFStream) {
        const dict = new PDFDict();
        for (const [key, value] of object.dict.entries) dict.entries.set(key, value);
        dict.entries.set('Length', object.contents.length);
        push(`${n} 0 obj\n${serialize(dict)}\nstream\n`);
        flush();
        chunks.push(object.contents);
        digest.update(streamDigest(object.contents));
        offset += object.contents.length;
        push('\nendstream\nendobj\n');
      } else push(`${n} 0 obj\n${serialize(object)}\nendobj\n`);
    }
    const xref = offset;
    let table = `xref\n0 ${context.size}\n0000000000 65535 f \n`;
    for (const at of offsets) table += `${String(at).padStart(10, '0')} 00000 n \n`;
    push(table);
    flush();
    const id = PDFHexString.of(digest.digest('hex').toUpperCase());
    context.trailerInfo.ID ??= [id, id];
    const trailer = new PDFDict();
    trailer.entries.set('Size', context.size);
    for (const [key, value] of Object.entries(context.trailerInfo))
      if (value !== undefined) trailer.entries.set(key, value);
    // The trailer holds the identifier, so it is the one part outside the digest.
    chunks.push(Buffer.from(`trailer\n${serialize(trailer)}\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
    const file = Buffer.concat(chunks);
    return new Uint8Array(file.buffer, file.byteOffset, file.length);
  }
}
