import { formatBytes, refuseInput, rejectInput } from './input-error.js';
import { LIMITS } from './limits.js';

/**
 * Checks a PDF's raw bytes before any parser sees them: size, the `%PDF-` header (in the first 1024 bytes,
 * as viewers allow), an `%%EOF` near the end (a cut-off file is rejected rather than half read),
 * and encryption. Flate bombs are stopped where pdf-lib inflates (pdf-inflation-budget.ts), not here: a
 * scan of the raw bytes cannot see a second filter layer or a name written with # escapes.
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
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
