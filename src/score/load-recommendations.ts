import { type Diagnostic, UserError } from '../diagnostics/diagnostic.js';
import { fromRoot } from '../paths.js';
import { schemaValidator } from '../schemas.js';
import { decodeText } from '../yaml/decode-text.js';
import { type ParsedYaml, parseYaml, positionOf } from '../yaml/parse-yaml.js';
import { readYamlFile } from '../yaml/read-yaml-file.js';
import { schemaDiagnostics } from '../yaml/schema-diagnostics.js';
import type { RecommendationsData } from './recommendations.js';

/** The shipped recommendations file. */
export const RECOMMENDATIONS_FILE = fromRoot('rubrics', 'recommendations', 'attendance.yaml');

/**
 * Reads and checks a recommendations file: schema, then that every action and advocacy step an ingredient
 * names exists, and every source is defined. Throws a UserError with positioned diagnostics otherwise.
 */
export async function loadRecommendations(file = RECOMMENDATIONS_FILE): Promise<RecommendationsData> {
  const fail = (diagnostics: Diagnostic[]) =>
    new UserError(`${file} is not a valid recommendations file`, 2, diagnostics);
  const read = readYamlFile(file);
  if (!read.bytes) throw fail(read.diagnostics);
  const decoded = decodeText(read.bytes, file);
  if (decoded.text === undefined) throw fail(decoded.diagnostics);
  const { parsed, diagnostics } = parseYaml(decoded.text, file);
  if (!parsed) throw fail(diagnostics);
  const schemaProblems = schemaDiagnostics(schemaValidator('recommendations'), parsed);
  if (schemaProblems.length > 0) throw fail(schemaProblems);
  const problems = checkReferences(parsed);
  if (problems.length > 0) throw fail(problems);
  return parsed.value as RecommendationsData;
}

function checkReferences(parsed: ParsedYaml): Diagnostic[] {
  const data = parsed.value as RecommendationsData;
  const found: Diagnostic[] = [];
  const report = (path: (string | number)[], message: string) =>
    found.push({
      file: parsed.file,
      ...positionOf(parsed, path),
      severity: 'error',
      code: 'recommendations/unknown-reference',
      message,
    });
  const sources = new Set(data.sources.map((s) => s.id));
  const actions = new Set(data.strategies.flatMap((s) => s.actions.map((a) => `${s.id}/${a.id}`)));
  const advocacy = new Set(data.advocacy.map((a) => a.id));
  data.strategies.forEach((s, i) => {
    if (!sources.has(s.source)) report(['strategies', i, 'source'], `unknown source ${s.source}`);
  });
  data.advocacy.forEach((a, i) => {
    if (!sources.has(a.source)) report(['advocacy', i, 'source'], `unknown source ${a.source}`);
  });
  data.ingredients.forEach((entry, i) => {
    entry.actions.forEach((ref, k) => {
      if (!actions.has(ref)) report(['ingredients', i, 'actions', k], `unknown action ${ref}`);
    });
    entry.advocacy.forEach((ref, k) => {
      if (!advocacy.has(ref)) report(['ingredients', i, 'advocacy', k], `unknown advocacy step ${ref}`);
    });
  });
  return found;
}
