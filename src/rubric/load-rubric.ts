import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeText } from '../yaml/decode-text.js';
import { readYamlFile } from '../yaml/read-yaml-file.js';
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
  const { bytes, diagnostics } = readYamlFile(file);
  if (!bytes) return { diagnostics };
  const rubric = compiledRubric(bytes);
  const text = rubric && decodeText(bytes, file).text;
  if (rubric && text !== undefined) return { loaded: { rubric, file, text }, text, diagnostics: [] };
  const { parseRubric } = await import('./parse-rubric.js');
  return parseRubric(bytes, file);
}
