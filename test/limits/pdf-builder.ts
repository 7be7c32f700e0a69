import { deflateSync } from 'node:zlib';

/** One indirect object of a test PDF: its dictionary and, for a stream, its (encoded) bytes. */
export interface PdfObject {
  dict: string;
  stream?: Uint8Array;
}

/**
 * A PDF with a catalog (plus `catalog`, e.g. an /AcroForm entry), an empty page tree and the given objects
 * (numbered from 3), classic xref.
 */
export function buildPdf(objects: PdfObject[], catalog = ''): Buffer {
  const all: PdfObject[] = [
    { dict: `<< /Type /Catalog /Pages 2 0 R ${catalog}>>` },
    { dict: '<< /Type /Pages /Kids [] /Count 0 >>' },
    ...objects,
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  let size = parts[0]!.length;
  const offsets: number[] = [];
  const push = (part: Buffer) => {
    parts.push(part);
    size += part.length;
  };
  all.forEach((object, i) => {
    offsets.push(size);
    if (object.stream) {
      push(
        Buffer.from(
          `${i + 1} 0 obj\n${object.dict.replace('>>', `/Length ${object.stream.length} >>`)}\nstream\n`,
        ),
      );
      push(Buffer.from(object.stream));
      push(Buffer.from('\nendstream\nendobj\n'));
    } else push(Buffer.from(`${i + 1} 0 obj\n${object.dict}\nendobj\n`));
  });
  const xref = size;
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  push(Buffer.from(`xref\n0 ${all.length + 1}\n0000000000 65535 f \n${rows}`));
  push(Buffer.from(`trailer\n<< /Size ${all.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const made = new Map<string, Uint8Array>();

/** An object stream of `bytes` spaces, flate-compressed `layers` times, its type spelled `type`. */
export function objectStreamBomb(bytes: number, layers = 1, type = '/ObjStm'): PdfObject {
  const key = `${bytes}/${layers}`;
  let data = made.get(key);
  if (!data) {
    data = Buffer.alloc(bytes, 0x20);
    for (let i = 0; i < layers; i++) data = deflateSync(data, { level: 9 });
    made.set(key, data);
  }
  const filter = layers === 1 ? '/FlateDecode' : `[${' /FlateDecode'.repeat(layers)} ]`;
  return { dict: `<< /Type ${type} /N 1 /First 4 /Filter ${filter} >>`, stream: data };
}

/** A PDF form whose field tree is a chain of `depth` fields, the last one a text field holding `value`. */
export function fieldChain(depth: number, value = 'v'): Buffer {
  const fields = Array.from({ length: depth }, (_, i) =>
    i < depth - 1
      ? { dict: `<< /T (a) /Kids [${i + 4} 0 R] >>` }
      : { dict: `<< /T (x) /FT /Tx /V (${value}) >>` },
  );
  return buildPdf(fields, '/AcroForm << /Fields [3 0 R] >> ');
}

/** A PDF form with `count` text fields side by side. */
export function manyFields(count: number): Buffer {
  const fields = Array.from({ length: count }, (_, i) => ({ dict: `<< /T (f${i}) /FT /Tx >>` }));
  const refs = fields.map((_, i) => `${i + 3} 0 R`).join(' ');
  return buildPdf(fields, `/AcroForm << /Fields [${refs}] >> `);
}
