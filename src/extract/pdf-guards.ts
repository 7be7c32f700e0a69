import { inflateSync, constants as zlib } from 'node:zlib';
import { formatBytes, refuseInput, rejectInput } from './input-error.js';
import { LIMITS } from './limits.js';

/**
 * Checks a PDF's raw bytes before any parser sees them: size, the `%PDF-` header (in the first 1024 bytes,
 * as viewers allow), an `%%EOF` near the end (a cut-off file is rejected rather than half read),
 * encryption, and object/xref streams, which the parser would inflate in full while loading: each is
 * inflated here first with a cap, so a flate bomb is refused before it costs memory.
 */
export function pdfGuards(file: string, bytes: Uint8Array): void {
  if (bytes.length === 0) throw rejectInput(file, 'not a PDF: the file is empty');
  if (bytes.length > LIMITS.fileBytes)
    throw refuseInput(file, `the file is larger than ${formatBytes(LIMITS.fileBytes)}`);
  const head = latin1(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw rejectInput(file, 'not a PDF (no %PDF- header)');
  if (!latin1(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF'))
    throw rejectInput(file, 'truncated or damaged PDF (no %%EOF at the end)');
  const text = latin1(bytes);
  if (/\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(text))
    throw rejectInput(
      file,
      'encrypted PDF: a password is required or the form is restricted; save an unencrypted copy (e.g. qpdf --decrypt in.pdf out.pdf)',
    );
  checkObjectStreams(file, bytes, text);
}

function checkObjectStreams(file: string, bytes: Uint8Array, text: string): void {
  let total = 0;
  const types = /\/Type\s*\/(ObjStm|XRef)\b/g;
  for (let match = types.exec(text); match; match = types.exec(text)) {
    const dictStart = Math.max(text.lastIndexOf(' obj', match.index), 0);
    const streamAt = text.indexOf('stream', match.index);
    if (streamAt < 0) continue;
    const dict = text.slice(dictStart, streamAt);
    const filters = dict.match(/\/[A-Za-z0-9]+Decode\b|\/(Fl|AHx|A85|LZW|RL|CCF|DCT)\b/g) ?? [];
    if (filters.some((f) => f !== '/FlateDecode' && f !== '/Fl'))
      throw rejectInput(file, `object stream uses an unsupported filter (${filters.join(' ')})`);
    if (filters.length === 0) continue;
    const start = streamAt + 6 + (text[streamAt + 6] === '\r' ? 2 : 1);
    const length = Number(/\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)?.[1] ?? Number.NaN);
    const end = Number.isFinite(length) ? start + length : text.indexOf('endstream', start);
    total += inflatedSize(file, bytes.subarray(start, end < 0 ? bytes.length : end));
    if (total > LIMITS.pdfObjectStreamTotalBytes)
      throw refuseInput(
        file,
        `object streams inflate to more than ${formatBytes(LIMITS.pdfObjectStreamTotalBytes)} in all`,
      );
    types.lastIndex = Math.max(types.lastIndex, streamAt);
  }
}

/** Inflated size of one stream, refusing past the per-stream limit; damaged data is left to the parser. */
function inflatedSize(file: string, data: Uint8Array): number {
  try {
    return inflateSync(data, {
      maxOutputLength: LIMITS.pdfObjectStreamBytes,
      finishFlush: zlib.Z_SYNC_FLUSH,
    }).length;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw refuseInput(
        file,
        `an object stream inflates to more than ${formatBytes(LIMITS.pdfObjectStreamBytes)}`,
      );
    return 0;
  }
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
