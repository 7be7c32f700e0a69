import type { PDFObject, PDFRef } from 'pdf-lib';

/** What pdf-lib's object stream parser offers once its offsets are read (private in its typings). */
export interface StreamParser {
  bytes: { moveTo(offset: number): void };
  firstOffset: number;
  parseObject(): PDFObject;
}

/**
 * The objects of one object stream, parsed in order as far as a lookup needs. pdf-lib's eager parse stops
 * at the first object that fails (those before it are kept), so an object is there only if it and every
 * object before it in the stream parse.
 */
export class ObjectStream {
  private readonly parsed: PDFObject[] = [];
  private failed = false;

  constructor(
    private readonly parser: StreamParser,
    private readonly offsets: number[],
  ) {}

  /** The object at `index`, or undefined when it or an object before it does not parse. */
  objectAt(index: number): PDFObject | undefined {
    while (!this.failed && this.parsed.length <= index) {
      try {
        this.parser.bytes.moveTo(this.parser.firstOffset + (this.offsets[this.parsed.length] as number));
        this.parsed.push(this.parser.parseObject());
      } catch {
        // Any error, as pdf-lib catches any (a stack overflow included) and drops the rest of the stream.
        this.failed = true;
      }
    }
    return this.parsed[index];
  }

  /** Whether every object parses: pdf-lib keeps a stream with a bad object as an invalid object. */
  complete(): boolean {
    return this.offsets.length === 0 || this.objectAt(this.offsets.length - 1) !== undefined;
  }
}

/**
 * A definition from an object stream, not parsed yet. `previous` is what the number held before (another
 * Deferred, an object or nothing), which stays when pdf-lib would not have reached this definition.
 * With `invalid` it is the stream's own number, which pdf-lib sets to an invalid object if the stream fails.
 */
export class Deferred {
  constructor(
    readonly stream: ObjectStream,
    readonly index: number,
    readonly previous: PDFObject | Deferred | undefined,
    readonly invalid?: () => PDFObject,
  ) {}

  /** This definition's step: the object, or what to resolve next. */
  step(): PDFObject | Deferred | undefined {
    if (this.invalid) return this.stream.complete() ? this.previous : this.invalid();
    return this.stream.objectAt(this.index) ?? this.previous;
  }
}

/**
 * pdf-lib's table of indirect objects, resolving a Deferred on first read: every reader (PDFContext.lookup,
 * PDFDict.lookup, enumerateIndirectObjects) goes through get or entries.
 */
export class LazyObjects extends Map<PDFRef, PDFObject> {
  /** The stored value, unresolved: what a new definition records as its previous one. */
  raw(ref: PDFRef): PDFObject | Deferred | undefined {
    return super.get(ref) as PDFObject | Deferred | undefined;
  }

  override get(ref: PDFRef): PDFObject | undefined {
    let value = this.raw(ref);
    if (!(value instanceof Deferred)) return value;
    while (value instanceof Deferred) value = value.step();
    if (value === undefined) super.delete(ref);
    else super.set(ref, value);
    return value;
  }

  override has(ref: PDFRef): boolean {
    return this.get(ref) !== undefined;
  }

  override *entries(): MapIterator<[PDFRef, PDFObject]> {
    for (const ref of [...super.keys()]) {
      const value = this.get(ref);
      if (value !== undefined) yield [ref, value];
    }
  }

  override *values(): MapIterator<PDFObject> {
    for (const [, value] of this.entries()) yield value;
  }

  override [Symbol.iterator](): MapIterator<[PDFRef, PDFObject]> {
    return this.entries();
  }

  override forEach(callback: (value: PDFObject, key: PDFRef, map: Map<PDFRef, PDFObject>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}
