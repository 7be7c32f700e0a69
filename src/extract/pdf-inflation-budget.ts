import { decodePDFRawStream, PDFContext, PDFName, PDFRawStream } from 'pdf-lib';
import type { UserError } from '../diagnostics/diagnostic.js';
import { formatBytes, refuseInput } from './input-error.js';
import { LIMITS } from './limits.js';

/** Decoded bytes of one document so far, and the refusal once a limit is passed. */
interface Budget {
  file: string;
  total: number;
  refusal?: UserError;
}

/** What a pdf-lib DecodeStream keeps of its output. */
interface Growing {
  buffer: Uint8Array;
  minBufferLength: number;
}

/** The budget of the document being loaded (pdf-lib decodes each stream synchronously, in one go). */
let active: Budget | undefined;
/** Output counted so far for each decoder: one per filter of each stream, so every layer counts. */
const counted = new WeakMap<object, number>();
let installed = false;
/** zlib's compression of no bytes: the smallest stream a flate decoder accepts. */
const EMPTY_ZLIB = new Uint8Array([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);

/**
 * Runs `load` (pdf-lib's PDFDocument.load) with every byte that pdf-lib decodes counted, across every
 * stream and every filter layer of the document, where the decoding happens: all of pdf-lib's decoders
 * (Flate, LZW, ASCII85, ASCIIHex, RunLength) extend DecodeStream, which is wrapped here to refuse past
 * LIMITS.pdfStreamBytes for one decoder or LIMITS.pdfInflatedBytes for the document. However an object stream's type or filters are spelled
 * (`/Obj#53tm`, `[/FlateDecode /FlateDecode]`), its bytes go through here.
 */
export async function withInflationBudget<T>(file: string, load: () => Promise<T>): Promise<T> {
  install();
  const budget: Budget = { file, total: 0 };
  const previous = active;
  active = budget;
  try {
    const result = await load();
    if (budget.refusal) throw budget.refusal;
    return result;
  } catch (error) {
    // pdf-lib recovers from errors in single objects, so the refusal is rethrown here.
    throw budget.refusal ?? error;
  } finally {
    active = previous;
  }
}

/** Counts a decoder's output as it grows (every decoder sets its bufferLength as it writes). */
function spend(stream: object, length: number): void {
  const budget = active;
  if (!budget) return;
  if (budget.refusal) throw budget.refusal;
  const before = counted.get(stream) ?? 0;
  if (length <= before) return;
  budget.total += length - before;
  counted.set(stream, length);
  if (length > LIMITS.pdfStreamBytes) refuse(budget, 'stream');
  else if (budget.total > LIMITS.pdfInflatedBytes) refuse(budget, 'total');
}

/** Before a decoder allocates room for more than one stream may hold. */
function allocate(requested: number): void {
  const budget = active;
  if (!budget) return;
  if (budget.refusal) throw budget.refusal;
  if (requested > LIMITS.pdfStreamBytes) refuse(budget, 'stream');
}

function refuse(budget: Budget, limit: 'stream' | 'total'): never {
  budget.refusal = refuseInput(
    budget.file,
    limit === 'stream'
      ? `an object stream inflates to more than ${formatBytes(LIMITS.pdfStreamBytes)}`
      : `the streams of this PDF inflate to more than ${formatBytes(LIMITS.pdfInflatedBytes)} in all`,
  );
  throw budget.refusal;
}

/**
 * Wraps DecodeStream.prototype (found through a decoder pdf-lib makes for an empty stream): ensureBuffer,
 * so no decoder allocates past the limit, and bufferLength, which every decoder sets as its output grows,
 * so the count is exact.
 */
function install(): void {
  if (installed) return;
  const context = PDFContext.create();
  const probe = decodePDFRawStream(
    PDFRawStream.of(context.obj({ Filter: PDFName.of('FlateDecode') }), EMPTY_ZLIB),
  );
  let proto: { ensureBuffer?: unknown } | null = Object.getPrototypeOf(probe);
  while (proto && !Object.hasOwn(proto, 'ensureBuffer')) proto = Object.getPrototypeOf(proto);
  if (!proto?.ensureBuffer) throw new Error('pdf-lib has no DecodeStream.ensureBuffer to guard');
  // pdf-lib's own ensureBuffer, but never larger than one stream may be: it doubled 50 MiB to 64 MiB.
  proto.ensureBuffer = function guardedEnsureBuffer(this: Growing, requested: number) {
    allocate(requested);
    if (requested <= this.buffer.byteLength) return this.buffer;
    let size = this.minBufferLength;
    while (size < requested) size *= 2;
    const buffer = new Uint8Array(active ? Math.min(size, LIMITS.pdfStreamBytes) : size);
    buffer.set(this.buffer);
    this.buffer = buffer;
    return buffer;
  };
  const lengths = new WeakMap<object, number>();
  Object.defineProperty(proto, 'bufferLength', {
    configurable: true,
    get(this: object) {
      return lengths.get(this) ?? 0;
    },
    set(this: object, length: number) {
      spend(this, length);
      lengths.set(this, length);
    },
  });
  installed = true;
}
