import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { ParseSpeeds, type PDFContext, PDFDocument, PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePdfLazily } from '../../src/extract/pdf-lazy-parser.js';
import { damagedReason } from '../../src/extract/read-pdf-form.js';
import { corpusKit } from '../corpus/corpus-kit.js';
import { ANSWERS } from '../corpus/mini-form.js';
import { fillRenderedPdf } from '../corpus/rendered-pdf.js';
import { fuzzParameters, fuzzTimeout, mutate, mutations } from '../fuzz/fuzz-kit.js';

/** An indirect object written directly, or an object stream of objects (object number and body). */
type Part =
  | { kind: 'direct'; num: number; body: string }
  | { kind: 'objstm'; num: number; objects: [number, string][]; endobj: boolean; flate: boolean };

/** A PDF of the parts in order, with a trailer naming `root` (pdf-lib's linear scan needs no xref). */
function pdfOf(parts: Part[], root = 1): Uint8Array {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  for (const part of parts) {
    if (part.kind === 'direct') {
      chunks.push(Buffer.from(`${part.num} 0 obj\n${part.body}\nendobj\n`, 'latin1'));
      continue;
    }
    const bodies = part.objects.map(([, body]) => `${body}\n`);
    const offsets: number[] = [];
    let at = 0;
    for (const body of bodies) {
      offsets.push(at);
      at += Buffer.byteLength(body, 'latin1');
    }
    const header = `${part.objects.map(([num], i) => `${num} ${offsets[i]}`).join(' ')}\n`;
    const plain = Buffer.from(header + bodies.join(''), 'latin1');
    const data = part.flate ? deflateSync(plain) : plain;
    const filter = part.flate ? '/Filter /FlateDecode ' : '';
    const dict = `<< /Type /ObjStm /N ${part.objects.length} /First ${header.length} ${filter}/Length ${data.length} >>`;
    chunks.push(Buffer.from(`${part.num} 0 obj\n${dict}\nstream\n`, 'latin1'), data);
    chunks.push(Buffer.from(part.endobj ? '\nendstream\nendobj\n' : '\nendstream\n', 'latin1'));
  }
  chunks.push(Buffer.from(`trailer\n<< /Root ${root} 0 R /Info 3 0 R >>\nstartxref\n0\n%%EOF\n`));
  return Buffer.concat(chunks);
}

/** Every indirect object as pdf-lib prints it, with its class, and the trailer entries. */
function dump(context: PDFContext): string[] {
  const objects = context
    .enumerateIndirectObjects()
    .map(([ref, object]) => `${ref} ${object.constructor.name} ${object.toString()}`);
  const { Root, Info } = context.trailerInfo;
  return [...objects, `root ${Root} ${context.lookup(Root)}`, `info ${Info} ${context.lookup(Info)}`];
}

/** One number looked up first, as the extract reader looks up a few objects, then everything. */
async function lazyDump(bytes: Uint8Array, first: number): Promise<string[]> {
  const context = await parsePdfLazily(bytes);
  const early = `${context.lookup(PDFRef.of(first, 0))}`;
  return [early, ...dump(context)];
}

async function eagerDump(bytes: Uint8Array, first: number): Promise<string[]> {
  const { context } = await PDFDocument.load(bytes, {
    ignoreEncryption: true,
    updateMetadata: false,
    throwOnInvalidObject: false,
    parseSpeed: ParseSpeeds.Fastest,
  });
  return [`${context.lookup(PDFRef.of(first, 0))}`, ...dump(context)];
}

/** The objects read, or the reason extract gives (pdf-lib's line count differs after its recovery rescans). */
async function outcome(read: () => Promise<string[]>): Promise<string[]> {
  try {
    return await read();
  } catch (error) {
    return [`throws ${damagedReason(error)}`];
  }
}

const warn = console.warn;
beforeAll(() => {
  console.warn = () => {};
});
afterAll(() => {
  console.warn = warn;
});

const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';
const stream = (num: number, objects: [number, string][], more: Partial<Part> = {}): Part =>
  ({ kind: 'objstm', num, objects, endobj: true, flate: true, ...more }) as Part;
const direct = (num: number, body: string): Part => ({ kind: 'direct', num, body });

describe('parsePdfLazily reads what PDFDocument.load reads', () => {
  const cases: [string, Part[]][] = [
    [
      'objects in object streams',
      [
        stream(9, [
          [1, CATALOG],
          [2, '<< /Type /Pages /Kids [] >>'],
          [3, '(info)'],
        ]),
      ],
    ],
    [
      'a later definition wins, in either direction',
      [
        direct(4, '(first)'),
        stream(9, [
          [4, '(second)'],
          [5, '(s5)'],
        ]),
        direct(5, '(third)'),
        stream(10, [[1, CATALOG]]),
      ],
    ],
    [
      'a bad object drops the rest of its stream, whose own number becomes an invalid object',
      [
        direct(5, '(kept)'),
        direct(9, '(was 9)'),
        stream(9, [
          [1, CATALOG],
          [4, ')'],
          [5, '(dropped)'],
        ]),
      ],
    ],
    [
      'an object stream that holds its own number',
      [
        stream(9, [
          [9, '(inside)'],
          [1, CATALOG],
        ]),
        stream(10, [
          [10, '(self)'],
          [6, ')'],
        ]),
      ],
    ],
    [
      'the same number twice in one stream',
      [
        stream(9, [
          [4, '(a)'],
          [4, '(b)'],
          [1, CATALOG],
          [4, '>>'],
        ]),
      ],
    ],
    [
      'endobj inside a failing stream: pdf-lib resumes the scan there',
      [
        stream(
          9,
          [
            [1, CATALOG],
            [4, '(endobj) 5 0 obj (hidden) endobj'],
            [5, ')'],
          ],
          { flate: false },
        ),
      ],
    ],
    [
      'a stream without endobj',
      [
        stream(
          9,
          [
            [1, CATALOG],
            [4, ')'],
          ],
          { endobj: false },
        ),
        direct(6, '(after)'),
      ],
    ],
    [
      'object 0 is removed',
      [
        stream(9, [
          [0, '(zero)'],
          [1, CATALOG],
        ]),
      ],
    ],
    [
      'a root that is no catalog is recovered',
      [
        stream(9, [
          [1, '(not a catalog)'],
          [7, CATALOG],
        ]),
      ],
    ],
    [
      'a bad offset table',
      [direct(1, CATALOG), direct(9, '<< /Type /ObjStm /N 2 /First 3 /Length 3 >>\nstream\nabc\nendstream')],
    ],
  ];
  for (const [name, parts] of cases)
    it(name, async () => {
      const bytes = pdfOf(parts);
      for (const first of [1, 4, 5, 9])
        expect(await outcome(() => lazyDump(bytes, first))).toEqual(
          await outcome(() => eagerDump(bytes, first)),
        );
    });

  it(
    'on generated sequences of objects and object streams',
    async () => {
      const body = fc.constantFrom(
        CATALOG,
        '<< /Type /Pages /Kids [] >>',
        '(text)',
        '<FEFF0041>',
        '[1 2 3 0 R]',
        '42',
        '/Name#41',
        '(endobj)',
        ')',
        '<< /A',
        'endobj',
        '[[[',
        '<< /Type /ObjStm >>',
      );
      const num = fc.integer({ min: 0, max: 8 });
      const part: fc.Arbitrary<Part> = fc.oneof(
        fc.record({ kind: fc.constant('direct' as const), num, body }),
        fc.record({
          kind: fc.constant('objstm' as const),
          num,
          objects: fc.array(fc.tuple(num, body), { maxLength: 6 }),
          endobj: fc.boolean(),
          flate: fc.boolean(),
        }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(part, { maxLength: 6 }), num, num, async (parts, root, first) => {
          const bytes = pdfOf(parts, root);
          expect(await outcome(() => lazyDump(bytes, first))).toEqual(
            await outcome(() => eagerDump(bytes, first)),
          );
        }),
        fuzzParameters(300),
      );
    },
    fuzzTimeout(300, 5),
  );
});

describe('parsePdfLazily on worksheets', () => {
  let saved: Uint8Array;
  beforeAll(async () => {
    const kit = await corpusKit();
    // Re-saved by pdf-lib: object streams and an xref stream, as the bench's filled worksheets.
    const document = await PDFDocument.load(await fillRenderedPdf(kit.pdf, ANSWERS));
    saved = await document.save({ useObjectStreams: true });
  }, 60_000);

  it('reads a re-saved worksheet as pdf-lib does', async () => {
    expect(await lazyDump(saved, 1)).toEqual(await eagerDump(saved, 1));
  });

  it(
    'reads mutated worksheets as pdf-lib does',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          mutations(['endobj', ' obj', '/ObjStm', ')', '>>', 'stream'], 4),
          async (changes) => {
            const bytes = mutate(saved, changes);
            expect(await outcome(() => lazyDump(bytes, 2))).toEqual(await outcome(() => eagerDump(bytes, 2)));
          },
        ),
        fuzzParameters(40),
      );
    },
    fuzzTimeout(40, 200),
  );
});
