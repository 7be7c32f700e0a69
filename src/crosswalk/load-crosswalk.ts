import { type Diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { schemaValidator } from '../schemas.js';
import { decodeText } from '../yaml/decode-text.js';
import { type ParsedYaml, parseYaml } from '../yaml/parse-yaml.js';
import { readYamlFile } from '../yaml/read-yaml-file.js';
import { schemaDiagnostics } from '../yaml/schema-diagnostics.js';
import type { Crosswalk } from './crosswalk.js';

export interface LoadedCrosswalk {
  crosswalk: Crosswalk;
  file: string;
  text: string;
  /** The parsed YAML, for positioning later diagnostics (see checkCrosswalk). */
  parsed: ParsedYaml;
}

export interface CrosswalkResult {
  loaded?: LoadedCrosswalk;
  text?: string;
  diagnostics: Diagnostic[];
}

/** Reads, parses and schema-validates a crosswalk file; every problem becomes a positioned diagnostic. */
export async function loadCrosswalk(file: string): Promise<CrosswalkResult> {
  const { bytes, diagnostics: unread } = readYamlFile(file);
  if (!bytes) return { diagnostics: unread };
  const decoded = decodeText(bytes, file);
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
  const { parsed, diagnostics } = parseYaml(decoded.text, file);
  if (!parsed) return { text: decoded.text, diagnostics };
  const problems = schemaDiagnostics(schemaValidator('crosswalk'), parsed);
  if (problems.length > 0) return { text: decoded.text, diagnostics: sortDiagnostics(problems) };
  const crosswalk = parsed.value as Crosswalk;
  return { loaded: { crosswalk, file, text: decoded.text, parsed }, text: decoded.text, diagnostics: [] };
}
