import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { schemaValidator } from '../schemas.js';
import { decodeText } from '../yaml/decode-text.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { schemaDiagnostics } from '../yaml/schema-diagnostics.js';
import { checkRubric } from './check-rubric.js';
import type { RubricResult } from './load-rubric.js';
import type { Rubric } from './rubric.generated.js';

/** Decodes, parses, schema-validates and checks a rubric's bytes, collecting every problem in one pass. */
export function parseRubric(bytes: Uint8Array, file: string): RubricResult {
  const decoded = decodeText(bytes, file);
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
  const { parsed, diagnostics } = parseYaml(decoded.text, file);
  if (!parsed) return { text: decoded.text, diagnostics };
  // The semantic checks run on whatever parts are well formed, so both kinds of problem show in one run.
  const problems = [
    ...schemaDiagnostics(schemaValidator('rubric'), parsed),
    ...checkRubric(parsed.value, parsed),
  ];
  if (problems.length > 0) return { text: decoded.text, diagnostics: sortDiagnostics(problems) };
  const rubric = parsed.value as Rubric;
  return { loaded: { rubric, file, text: decoded.text }, text: decoded.text, diagnostics: [] };
}
