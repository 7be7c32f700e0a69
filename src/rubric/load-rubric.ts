import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeText } from '../yaml/decode-text.js';
import { compiledRubric } from './compiled-rubrics.js';
import type { Rubric } from './rubric.generated.js';

export interface LoadedRubric {
  rubric: Rubric;
  /** The path the rubric was read from, as given. */
  file: string;
  /** The decoded YAML text (used for content hashes and excerpts). */
  text: string;
}

export interface RubricResult {
  loaded?: LoadedRubric;
  text?: string;
  diagnostics: Diagnostic[];
}

/**
 * Reads, parses, schema-validates and checks a rubric file, collecting every problem in one pass. A shipped
 * rubric whose bytes are unchanged since the build comes from the build-time result (compiled-rubrics.ts);
 * the YAML parser, ajv and the checks are loaded only for other files.
 */
export async function loadRubric(file: string): Promise<RubricResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return {
      diagnostics: [
        {
          file,
          line: 0,
          column: 0,
          severity: 'error',
          code: 'input/unreadable',
          message: `cannot read the file: ${reason}`,
        },
      ],
    };
  }
  const rubric = compiledRubric(bytes);
  const text = rubric && decodeText(bytes, file).text;
  if (rubric && text !== undefined) return { loaded: { rubric, file, text }, text, diagnostics: [] };
  const { parseRubric } = await import('./parse-rubric.js');
  return parseRubric(bytes, file);
}
