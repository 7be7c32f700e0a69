import { UserError } from '../diagnostics/diagnostic.js';
import type { DocumentModel, WriterOptions } from '../document/model.js';

export type Format = 'pdf' | 'docx' | 'html' | 'md';

/**
 * Writers by format name. Each is loaded only when asked for, so a DOCX render never loads pdf-lib and a
 * Markdown render loads neither.
 */
const WRITERS: Record<
  Format,
  () => Promise<(model: DocumentModel, options: WriterOptions) => Promise<Uint8Array>>
> = {
  pdf: async () => (await import('./pdf/write-pdf.js')).writePdf,
  docx: async () => (await import('./docx/write-docx.js')).writeDocx,
  html: async () => (await import('./html/write-html.js')).writeHtml,
  md: async () => (await import('./markdown/write-markdown.js')).writeMarkdown,
};

export const FORMATS = Object.keys(WRITERS) as Format[];

/** Parses a --format value; `markdown` is accepted for `md`. */
export function parseFormat(value: string): Format {
  const name = value.toLowerCase() === 'markdown' ? 'md' : (value.toLowerCase() as Format);
  if (!FORMATS.includes(name))
    throw new UserError(`unknown format "${value}"; choose one of ${FORMATS.join(', ')}`);
  return name;
}

/** The format implied by an output file's extension, if any. */
export function formatFromPath(path: string): Format | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'markdown') return 'md';
  if (ext === 'htm') return 'html';
  return FORMATS.includes(ext as Format) ? (ext as Format) : undefined;
}

/** Renders a model in one format. */
export async function writeDocument(
  format: Format,
  model: DocumentModel,
  options: WriterOptions = {},
): Promise<Uint8Array> {
  const load = WRITERS[format];
  if (!load) throw new UserError(`the ${format} writer is not available`);
  const writer = await load();
  return writer(model, options);
}
