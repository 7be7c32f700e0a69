import { readFile } from 'node:fs/promises';
import { type Diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { schemaValidator } from '../schemas.js';
import { decodeText } from '../yaml/decode-text.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { schemaDiagnostics } from '../yaml/schema-diagnostics.js';
import { checkRubric } from './check-rubric.js';
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

/** Reads, parses, schema-validates and checks a rubric file, collecting every problem in one pass. */
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
  return parseRubric(bytes, file);
}

/** Like loadRubric, from bytes already in memory. */
export function parseRubric(bytes: Uint8Array, file: string): RubricResult {
  const decoded = decodeText(bytes, file);
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
  const { parsed, diagnostics } = parseYaml(decoded.text, file);
  if (!parsed) return { text: decoded.text, diagnostics };
  const schemaProblems = schemaDiagnostics(schemaValidator('rubric'), parsed);
  if (schemaProblems.length > 0) return { text: decoded.text, diagnostics: sortDiagnostics(schemaProblems) };
  const rubric = parsed.value as Rubric;
  const problems = checkRubric(rubric, parsed);
  if (problems.length > 0) return { text: decoded.text, diagnostics: sortDiagnostics(problems) };
  return { loaded: { rubric, file, text: decoded.text }, text: decoded.text, diagnostics: [] };
}
