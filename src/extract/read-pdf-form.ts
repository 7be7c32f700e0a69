import { type PDFContext, PDFDict, PDFName } from 'pdf-lib';
import type { FilledForm, FilledValue } from './filled-form.js';
import { quote, rejectInput } from './input-error.js';
import { pdfFieldTree, textBytes } from './pdf-field-tree.js';
import { pdfFieldValue } from './pdf-field-value.js';
import { pdfGuards } from './pdf-guards.js';
import { withInflationBudget } from './pdf-inflation-budget.js';
import { parsePdfLazily } from './pdf-lazy-parser.js';
import { pdfManifest } from './pdf-manifest.js';
import { pdfNameText, pdfText } from './pdf-text.js';

/**
 * Reads a filled AcroForm PDF: guards on the raw bytes (pdf-guards.ts), then pdf-lib parses the objects,
 * every byte it decodes counted against the limits (pdf-inflation-budget.ts)
 * (it scans the file linearly, so the latest revision of each object wins and a broken xref table does
 * not matter; objects in object streams are parsed when looked up, pdf-lazy-parser.ts), and the field
 * tree is walked here without recursion. JavaScript and other actions are never
 * looked at, let alone run.
 */
export async function readPdfForm(file: string, bytes: Uint8Array): Promise<FilledForm> {
  pdfGuards(file, bytes);
  const context = await withInflationBudget(file, () => loadQuietly(file, bytes));
  if (context.trailerInfo.Encrypt) throw rejectInput(file, 'encrypted PDF: a password is required');
  const catalog = context.trailerInfo.Root ? context.lookup(context.trailerInfo.Root) : undefined;
  if (!(catalog instanceof PDFDict)) throw rejectInput(file, 'damaged PDF: no document catalog (truncated?)');
  const fields = new Map<string, FilledValue>();
  for (const field of pdfFieldTree(file, context, catalog)) {
    const value = pdfFieldValue(context, field);
    if (value) fields.set(field.name, value);
  }
  const revisions = countRevisions(bytes);
  const notes = revisions > 1 ? [`${revisions} revisions; the latest values were read`] : [];
  const manifest = pdfManifest(file, context, catalog);
  const metadata = infoMetadata(context);
  return { format: 'pdf', method: 'pdf-fields', metadata, fields, notes, ...(manifest ? { manifest } : {}) };
}

/** pdf-lib writes parse warnings to the console; they are noise here, and its errors become one line. */
async function loadQuietly(file: string, bytes: Uint8Array): Promise<PDFContext> {
  const { warn, log } = console;
  console.warn = () => {};
  console.log = () => {};
  try {
    return await parsePdfLazily(bytes);
  } catch (error) {
    const reason = error instanceof RangeError ? 'structure nested too deeply' : damagedReason(error);
    throw rejectInput(file, `damaged PDF: ${reason}`);
  } finally {
    console.warn = warn;
    console.log = log;
  }
}

/** The `rubricate.*` keys of the document information dictionary (docs/fields.md). */
function infoMetadata(context: PDFContext): Map<string, string> {
  const metadata = new Map<string, string>();
  const info = context.trailerInfo.Info;
  const dict = info ? context.lookup(info) : undefined;
  if (!(dict instanceof PDFDict)) return metadata;
  for (const [key, value] of dict.entries()) {
    const name = pdfNameText(key.asBytes());
    const bytes = textBytes(value instanceof PDFName ? undefined : dict.lookup(key));
    if (!name.startsWith('rubricate.') || !bytes) continue;
    const decoded = pdfText(bytes);
    if (decoded.ok) metadata.set(name, decoded.text);
  }
  return metadata;
}

function countRevisions(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').split('%%EOF').length - 1
  );
}

/** The first line of a parser error, as a reason for "damaged PDF: …". */
export function damagedReason(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  // pdf-lib says "Failed to parse PDF document (line:12 col:0 offset=345): Expected next byte to be 62 but
  // it was actually undefined": name the byte offset, and say that the data ended instead of "undefined".
  const parse = /^(.*?) \(line:\d+ col:\d+ offset=(\d+)\)(?:: (.*))?$/.exec(message);
  const plain = parse ? `${parse[1]} at byte ${parse[2]}${parse[3] ? `: ${parse[3]}` : ''}` : message;
  return quote(plain.replace(/it was actually undefined/, 'the data ended'), 160).slice(1, -1);
}
