import {
  type PDFContext,
  PDFInvalidObject,
  PDFName,
  type PDFObject,
  PDFObjectStreamParser,
  PDFParser,
  PDFRawStream,
  PDFRef,
  PDFXRefStreamParser,
} from 'pdf-lib';
import { Deferred, LazyObjects, ObjectStream, type StreamParser } from './pdf-lazy-objects.js';

/** The parts of pdf-lib 1.17's document parser driven here (private in its typings, stable since 2021). */
interface DocumentParser {
  bytes: { offset(): number };
  context: PDFContext;
  shouldWaitForTick: () => boolean;
  parseIndirectObjectHeader(): PDFRef;
  skipWhitespaceAndComments(): void;
  parseObject(): PDFObject;
  matchKeyword(keyword: number[]): boolean;
  parseIndirectObject(): Promise<PDFRef>;
}

interface OffsetsParser extends StreamParser {
  parseOffsetsAndObjectNumbers(): { objectNumber: number; offset: number }[];
  parseIntoContext(): Promise<void>;
}

const ENDOBJ = [...'endobj'].map((c) => c.charCodeAt(0));

/**
 * PDFName.of decodes `#xx` escapes with a regular expression on every call, before looking the name up in
 * its pool (7% of extract's CPU); the result depends on the spelling alone, so each spelling is
 * remembered. pdf-lib's pool keeps every name for the process anyway; this keeps one entry more per spelling.
 */
const spellings = new Map<string, PDFName>();
const pooledName = PDFName.of;
PDFName.of = (name: string): PDFName => {
  let pooled = spellings.get(name);
  if (pooled === undefined) {
    pooled = pooledName(name);
    spellings.set(name, pooled);
  }
  return pooled;
};

/**
 * Parses a PDF as pdf-lib's PDFDocument.load does (a linear scan in which the latest definition of each
 * object wins), except that the objects inside object streams are parsed when first looked up: the
 * structure tree of a worksheet (two thirds of its objects) is never parsed. Every object stream is still
 * decoded during the scan, so every byte pdf-lib decoded before counts against the inflation budget.
 * Lookups give what pdf-lib's eager parse gives, including for a stream with an object that fails to parse
 * (pdf-lazy-objects.ts); where pdf-lib's recovery from such a failure would resume the scan somewhere else
 * (an `endobj` inside the stream), the stream is parsed at once, as before.
 */
export function parsePdfLazily(bytes: Uint8Array): Promise<PDFContext> {
  const pdfParser = PDFParser.forBytesWithOptions(bytes, Number.POSITIVE_INFINITY, false, false);
  const parser = pdfParser as unknown as DocumentParser;
  const objects = new LazyObjects();
  (parser.context as unknown as { indirectObjects: LazyObjects }).indirectObjects = objects;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // pdf-lib's PDFParser.parseIndirectObject, line for line, but for the object stream branch.
  parser.parseIndirectObject = async () => {
    const ref = parser.parseIndirectObjectHeader();
    parser.skipWhitespaceAndComments();
    const body = parser.bytes.offset();
    const object = parser.parseObject();
    parser.skipWhitespaceAndComments();
    const end = parser.bytes.offset();
    const closed = parser.matchKeyword(ENDOBJ);
    const type = object instanceof PDFRawStream ? object.dict.lookup(PDFName.of('Type')) : undefined;
    if (type === PDFName.of('ObjStm')) {
      const stream = PDFObjectStreamParser.forStream(
        object as PDFRawStream,
        parser.shouldWaitForTick,
      ) as unknown as OffsetsParser;
      // pdf-lib recovers from a bad object by rescanning from the body to the first `endobj`.
      if (closed && text.indexOf('endobj', body, 'latin1') === end)
        defer(objects, parser.context, ref, stream, () => PDFInvalidObject.of(bytes.slice(body, end)));
      else await stream.parseIntoContext();
    } else if (type === PDFName.of('XRef'))
      PDFXRefStreamParser.forStream(object as PDFRawStream).parseIntoContext();
    else parser.context.assign(ref, object);
    return ref;
  };
  return pdfParser.parseDocument();
}

/** Assigns each object of the stream, then the stream's own number, a Deferred, in pdf-lib's order. */
function defer(
  objects: LazyObjects,
  context: PDFContext,
  ref: PDFRef,
  parser: OffsetsParser,
  invalid: () => PDFObject,
): void {
  const entries = parser.parseOffsetsAndObjectNumbers();
  const stream = new ObjectStream(
    parser,
    entries.map((entry) => entry.offset),
  );
  entries.forEach(({ objectNumber }, index) => {
    const entry = PDFRef.of(objectNumber, 0);
    context.assign(entry, new Deferred(stream, index, objects.raw(entry)) as unknown as PDFObject);
  });
  const self = new Deferred(stream, -1, objects.raw(ref), invalid);
  context.assign(ref, self as unknown as PDFObject);
}
