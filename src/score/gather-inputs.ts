import { type Diagnostic, sortDiagnostics, UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { checkResponses } from '../responses/check-responses.js';
import { type LoadedResponses, loadResponses } from '../responses/load-responses.js';
import { loadRubric } from '../rubric/load-rubric.js';
import { resolveRubricPath, shippedRubrics } from '../rubric/registry.js';
import type { Rubric } from '../rubric/rubric.generated.js';
import { readInput } from './read-inputs.js';

/** Reads every input; all problems of all files are reported together (exit 2). */
export async function readAllInputs(files: readonly string[], rubric?: string): Promise<LoadedResponses[]> {
  const loaded: LoadedResponses[] = [];
  const problems: Diagnostic[] = [];
  for (const file of files) {
    const result = await readInput(file, rubric);
    if (result.loaded) loaded.push(result.loaded);
    problems.push(...result.diagnostics);
  }
  if (problems.length > 0) {
    const failed = new Set(problems.map((d) => d.file)).size;
    throw new UserError(
      `${failed} of ${files.length} input${files.length === 1 ? '' : 's'} could not be read`,
      2,
      sortDiagnostics(problems),
    );
  }
  return loaded;
}

/** Inputs grouped by the rubric edition they answer, `rubric@edition` → inputs, in input order. */
export function groupByEdition(inputs: readonly LoadedResponses[]): Map<string, LoadedResponses[]> {
  const groups = new Map<string, LoadedResponses[]>();
  for (const input of inputs) {
    const key = `${input.responses.rubric}@${input.responses.edition}`;
    const group = groups.get(key);
    if (group) group.push(input);
    else groups.set(key, [input]);
  }
  return groups;
}

/** The error for inputs that answer different editions, naming the files of each. */
export function differentEditions(groups: Map<string, LoadedResponses[]>): UserError {
  const parts = [...groups.values()].map((inputs) => {
    const { rubric, edition } = inputs[0]!.responses;
    const files = inputs.map((i) => sanitizeForDisplay(i.file, 120)).join(', ');
    return `${sanitizeForDisplay(rubric, 60)} edition ${sanitizeForDisplay(edition, 40)}: ${files}`;
  });
  return new UserError(
    `the inputs answer different rubric editions; score one edition at a time (${parts.join('; ')})`,
  );
}

/** Loads a rubric named by id, year or path, or fails with its diagnostics. */
export async function rubricNamed(name: string): Promise<Rubric> {
  const path = resolveRubricPath(name);
  const { loaded, diagnostics } = await loadRubric(path);
  if (!loaded) throw new UserError(`${path} is not a valid rubric`, 2, diagnostics);
  return loaded.rubric;
}

/**
 * The shipped rubric with this id, for an id read from a responses or crosswalk file: never a path or a
 * year, so a file cannot make score load some other file as a rubric. Undefined when none is shipped.
 */
export async function shippedRubric(id: string): Promise<Rubric | undefined> {
  const path = shippedRubrics().get(id);
  return path === undefined ? undefined : rubricNamed(path);
}

/**
 * Checks every input against the rubric; all problems reported together (exit 2). YAML read by the fast
 * path has no positions, so a file with problems is read again with them.
 */
export async function checkAllInputs(inputs: readonly LoadedResponses[], rubric: Rubric): Promise<void> {
  const problems: Diagnostic[] = [];
  for (const input of inputs) {
    let found = checkResponses(input, rubric);
    if (found.length > 0 && !input.parsed && /\.ya?ml$/i.test(input.file)) {
      const again = (await loadResponses(input.file, { positions: true })).loaded;
      if (again) found = checkResponses(again, rubric);
    }
    problems.push(...found);
  }
  if (problems.length > 0) {
    const failed = new Set(problems.map((d) => d.file)).size;
    throw new UserError(
      `${failed} of ${inputs.length} input${inputs.length === 1 ? '' : 's'} ${failed === 1 ? 'does' : 'do'} not fit ${rubric.id} edition ${rubric.edition.label}`,
      2,
      sortDiagnostics(problems),
    );
  }
}
