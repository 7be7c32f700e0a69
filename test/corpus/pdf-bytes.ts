/**
 * A small PDF writer for the corpus: objects written as PDF syntax, with a classic cross-reference table
 * that the hostile cases can damage on purpose. Strings go through a `PdfString` function so that an
 * encrypted file can encrypt every one of them (see pdf-encrypt.ts).
 */
export type PdfString = (text: string | Uint8Array) => string;

export interface PdfObject {
  num: number;
  /** The object's syntax (a stream's dictionary, without /Length), given the string encoder. */
  body: (s: PdfString) => string;
  /** Stream data, written raw (already filtered). */
  stream?: Uint8Array;
}

export interface PdfOptions {
  /** Bytes before `%PDF-` (junk a viewer tolerates). */
  prefix?: string;
  /** Extra trailer entries, e.g. `/Encrypt 9 0 R /ID [...]`. */
  trailer?: string;
  /** How strings and streams are written: plain hex, or encrypted. */
  encoder?: { string: PdfString; stream: (data: Uint8Array) => Uint8Array };
  /** Added to every xref offset (a damaged table). */
  shiftXref?: number;
  /** Written as the startxref value instead of the real one. */
  startxref?: number;
}

const PLAIN: PdfString = (text) => `<${Buffer.from(textBytes(text)).toString('hex').toUpperCase()}>`;

/** A string's bytes: ASCII as is, anything else as UTF-16BE with a byte-order mark. */
export function textBytes(text: string | Uint8Array): Uint8Array {
  if (typeof text !== 'string') return text;
  if (/^[\x20-\x7e]*$/.test(text)) return Buffer.from(text, 'latin1');
  return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
}

/** A PDF name with #-escapes for anything outside the regular characters. */
export function pdfName(name: string): string {
  return `/${[...Buffer.from(name, 'utf8')]
    .map((b) =>
      b > 0x20 && b < 0x7f && !'#()<>[]{}/%'.includes(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `#${b.toString(16).padStart(2, '0')}`,
    )
    .join('')}`;
}

/** Writes objects, an xref table and a trailer naming `root` (and /Info when given). */
export function pdfFile(
  objects: PdfObject[],
  root: number,
  info: number | undefined,
  options: PdfOptions = {},
): Buffer {
  const s = options.encoder?.string ?? PLAIN;
  const parts: Buffer[] = [Buffer.from(`${options.prefix ?? ''}%PDF-1.7\n%\xe2\xe3\xcf\xd3\n`, 'latin1')];
  let size = parts[0]!.length;
  const offsets = new Map<number, number>();
  const push = (piece: string | Uint8Array) => {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'latin1') : Buffer.from(piece);
    parts.push(bytes);
    size += bytes.length;
  };
  for (const object of objects) {
    offsets.set(object.num, size - (options.prefix?.length ?? 0));
    if (object.stream) {
      const data = options.encoder?.stream(object.stream) ?? object.stream;
      const dict = object.body(s).replace(/>>\s*$/, ` /Length ${data.length} >>`);
      push(`${object.num} 0 obj\n${dict}\nstream\n`);
      push(data);
      push('\nendstream\nendobj\n');
    } else push(`${object.num} 0 obj\n${object.body(s)}\nendobj\n`);
  }
  const xref = size - (options.prefix?.length ?? 0);
  const count = Math.max(0, ...offsets.keys()) + 1;
  const rows = ['0000000000 65535 f \n'];
  for (let n = 1; n < count; n++) {
    const at = offsets.get(n);
    rows.push(
      at === undefined
        ? '0000000000 65535 f \n'
        : `${String(at + (options.shiftXref ?? 0)).padStart(10, '0')} 00000 n \n`,
    );
  }
  const infoEntry = info === undefined ? '' : ` /Info ${info} 0 R`;
  push(
    `xref\n0 ${count}\n${rows.join('')}trailer\n<< /Size ${count} /Root ${root} 0 R${infoEntry} ${options.trailer ?? ''}>>\n`,
  );
  push(`startxref\n${options.startxref ?? xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

/**
 * Appends an incremental update (a new revision) to a PDF: the given objects replace or add to the
 * earlier ones, with their own xref section whose /Prev points at the previous one.
 */
export function appendRevision(
  pdf: Uint8Array,
  objects: PdfObject[],
  trailer: string,
  prev?: 'self',
): Buffer {
  const text = Buffer.from(pdf).toString('latin1');
  const previous = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const parts: Buffer[] = [Buffer.from(pdf), Buffer.from('\n', 'latin1')];
  let size = pdf.length + 1;
  const rows: string[] = [];
  for (const object of [...objects].sort((a, b) => a.num - b.num)) {
    const piece = object.stream
      ? Buffer.concat([
          Buffer.from(
            `${object.num} 0 obj\n${object.body(PLAIN).replace(/>>\s*$/, ` /Length ${object.stream.length} >>`)}\nstream\n`,
            'latin1',
          ),
          Buffer.from(object.stream),
          Buffer.from('\nendstream\nendobj\n', 'latin1'),
        ])
      : Buffer.from(`${object.num} 0 obj\n${object.body(PLAIN)}\nendobj\n`, 'latin1');
    rows.push(`${object.num} 1\n${String(size).padStart(10, '0')} 00000 n \n`);
    parts.push(piece);
    size += piece.length;
  }
  // prev 'self': the new section's /Prev points at itself, a loop for readers that follow the chain.
  parts.push(
    Buffer.from(
      `xref\n${rows.join('')}trailer\n<< ${trailer} /Prev ${prev === 'self' ? size : previous} >>\nstartxref\n${size}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(parts);
}
