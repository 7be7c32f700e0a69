import { extname } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { UserError } from '../diagnostics/diagnostic.js';
import { type LoadedResponses, loadResponses } from '../responses/load-responses.js';

/** What score needs from each input: the responses, plus the parsed YAML when there is one. */
export type InputResult = { loaded?: LoadedResponses; diagnostics: Diagnostic[] };

/**
 * The reader for each kind of input, chosen by extension: responses YAML, or a filled worksheet (PDF, DOCX,
 * saved HTML) read by `rubricate extract`'s reader, which checks it against the rubric it records.
 */
const READERS: Record<string, (file: string, rubric?: string) => Promise<InputResult>> = {
  '.yaml': (file) => loadResponses(file),
  '.yml': (file) => loadResponses(file),
  '.pdf': readWorksheet,
  '.docx': readWorksheet,
  '.html': readWorksheet,
  '.htm': readWorksheet,
};

/** Reads one input with the reader for its extension; problems come back as diagnostics, never thrown. */
export async function readInput(file: string, rubric?: string): Promise<InputResult> {
  const read = READERS[extname(file).toLowerCase()];
  if (!read) {
    const message = `not a responses file: expected ${Object.keys(READERS).join(', ')}`;
    return {
      diagnostics: [{ file, line: 0, column: 0, severity: 'error', code: 'input/unknown-format', message }],
    };
  }
  return read(file, rubric);
}

async function readWorksheet(file: string, rubric?: string): Promise<InputResult> {
  const { extract } = await import('../extract/extract.js');
  try {
    const { responses, warnings } = await extract(file, rubric ? { rubric } : {});
    // What `extract` would warn of (answers read against another revision of the rubric) is as true when
    // score reads the worksheet itself; it goes to standard error, so a report on standard output is clean.
    if (warnings.length > 0) (await import('../extract/input-error.js')).printRemarks(file, warnings);
    return { loaded: { responses, file }, diagnostics: [] };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const { worksheetDiagnostic } = await import('../extract/input-error.js');
    return {
      diagnostics: error.diagnostics.length > 0 ? error.diagnostics : [worksheetDiagnostic(file, error)],
    };
  }
}
