import type { ErrorObject, ValidateFunction } from 'ajv';
import { type Diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { schemaValidator } from '../schemas.js';
import { decodeText } from '../yaml/decode-text.js';
import { type ParsedYaml, parseYaml } from '../yaml/parse-yaml.js';
import { readYamlFile } from '../yaml/read-yaml-file.js';
import { schemaDiagnostics } from '../yaml/schema-diagnostics.js';
import type { Responses } from './responses.generated.js';

export interface LoadedResponses {
  responses: Responses;
  file: string;
  /**
   * The parsed YAML, to position the checks against the rubric (checkResponses); absent for PDF/DOCX/HTML
   * and unless asked for with `{ positions: true }` (score reads a file again with them when a check
   * fails).
   */
  parsed?: ParsedYaml;
}

export interface ResponsesResult {
  loaded?: LoadedResponses;
  diagnostics: Diagnostic[];
}

export interface ParseOptions {
  /** Keep the parsed YAML with positions (dropped by default: scoring holds thousands of files). */
  positions?: boolean;
}

/**
 * Reads, parses and schema-validates a responses YAML file; every problem becomes a positioned diagnostic.
 * Read synchronously: for thousands of small files that is several times faster than fs/promises.
 */
export async function loadResponses(file: string, options: ParseOptions = {}): Promise<ResponsesResult> {
  const { bytes, diagnostics } = readYamlFile(file);
  if (!bytes) return { diagnostics };
  return parseResponses(bytes, file, options);
}

/**
 * Like loadResponses, from bytes in memory. Item ids, rating values and column and reflection names are
 * left to checkResponses, which knows the rubric and so can name the valid choices; the schema's own
 * complaints about them are dropped here so that each problem is reported once.
 */
export function parseResponses(bytes: Uint8Array, file: string, options: ParseOptions = {}): ResponsesResult {
  const decoded = decodeText(bytes, file);
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
  const validate = withoutRubricChecks(schemaValidator('responses'));
  const { parsed, diagnostics } = parseYaml(decoded.text, file);
  if (!parsed) return { diagnostics };
  const problems = schemaDiagnostics(validate, parsed);
  if (problems.length > 0) return { diagnostics: sortDiagnostics(problems) };
  const responses = parsed.value as Responses;
  // Scoring holds thousands of files: keep the positions only when asked.
  return { loaded: { responses, file, ...(options.positions ? { parsed } : {}) }, diagnostics: [] };
}

const ITEM_ID = /^[a-z0-9][a-z0-9-]*\.[0-9]+[a-z]?$/;

/** True for schema errors that checkResponses reports better, with the rubric's ids and levels at hand. */
function checkedAgainstRubric(error: ErrorObject): boolean {
  const path = error.instancePath.split('/').slice(1);
  const naming = error.keyword === 'pattern' || error.keyword === 'propertyNames';
  if (path[0] === 'reflections' && path.length === 1 && naming) return true;
  if (path[0] !== 'items' || path.length < 2) return path[0] === 'items' && naming;
  const key = path[1]!.replace(/~1/g, '/').replace(/~0/g, '~');
  if (!ITEM_ID.test(key)) return true;
  if (path.length === 2 && naming) return true;
  return path[2] === 'rating';
}

function withoutRubricChecks(validate: ValidateFunction): ValidateFunction {
  const filtered = ((data: unknown) => {
    const valid = validate(data);
    const errors = valid ? [] : (validate.errors ?? []).filter((e) => !checkedAgainstRubric(e));
    filtered.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  }) as ValidateFunction;
  return filtered;
}
