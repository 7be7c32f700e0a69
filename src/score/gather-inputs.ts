import { type Diagnostic, sortDiagnostics, UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { checkResponses } from '../responses/check-responses.js';
import { type LoadedResponses, loadResponses } from '../responses/load-responses.js';
import { loadRubric } from '../rubric/load-rubric.js';
import { resolveRubricPath, shippedRubrics } from '../rubric/registry.js';
import type { Rubric } from '../rubric/rubric.generated.js';
import { expandInputs } from './expand-inputs.js';
import { readInput } from './read-inputs.js';

/**
 * Reads the inputs the command line names (files, folders, globs), or throws one error with the problems
 * of every argument and every input: unmatched, unreadable, and readable but not fitting their rubric.
 */
export async function readInputArgs(args: readonly string[], rubric?: string): Promise<LoadedResponses[]> {
  const { files, diagnostics: unmatched } = expandInputs(args);
  const { loaded, diagnostics: unread } = await readEveryInput(files, rubric);
  const problems = [...unmatched, ...unread];
  if (problems.length > 0)
    throw await unreadableInputs(problems, loaded, files.length + unmatched.length, rubric);
  return loaded;
}

/** Reads every input, keeping what could be read and the problems of what could not. */
export async function readEveryInput(
  files: readonly string[],
  rubric?: string,
): Promise<{ loaded: LoadedResponses[]; diagnostics: Diagnostic[] }> {
  const loaded: LoadedResponses[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const result = await readInput(file, rubric);
    if (result.loaded) loaded.push(result.loaded);
    for (const d of result.diagnostics) diagnostics.push(d); // not push(...): 190,000 would overflow the stack
  }
  return { loaded, diagnostics };
}

/**
 * The error for inputs some of which could not be read: their problems, and those of the inputs that could
 * be read, checked against the rubric each answers (when it is known), so one run shows every input's.
 */
export async function unreadableInputs(
  problems: Diagnostic[],
  loaded: readonly LoadedResponses[],
  count: number,
  rubric?: string,
): Promise<UserError> {
  let all = problems;
  for (const group of groupByEdition(loaded).values()) {
    const answered = rubric
      ? await rubricNamed(rubric).catch(() => undefined)
      : await shippedRubric(group[0]!.responses.rubric);
    if (answered) all = all.concat(await inputProblems(group, answered));
  }
  return unreadable(all, count);
}

function unreadable(problems: Diagnostic[], count: number): UserError {
  const failed = new Set(problems.map((d) => d.file)).size;
  return new UserError(
    `${failed} of ${count} input${count === 1 ? ' has' : 's have'} problems`,
    2,
    sortDiagnostics(problems),
  );
}

/** The problems of inputs checked against a rubric, positioned (a YAML file is read again with positions). */
async function inputProblems(inputs: readonly LoadedResponses[], rubric: Rubric): Promise<Diagnostic[]> {
  const problems: Diagnostic[] = [];
  for (const input of inputs) {
    let found = checkResponses(input, rubric);
    if (found.length > 0 && !input.parsed && /\.ya?ml$/i.test(input.file)) {
      const again = (await loadResponses(input.file, { positions: true })).loaded;
      if (again) found = checkResponses(again, rubric);
    }
    for (const d of found) problems.push(d);
  }
  return problems;
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
  const problems = await inputProblems(inputs, rubric);
  if (problems.length > 0) {
    const failed = new Set(problems.map((d) => d.file)).size;
    throw new UserError(
      `${failed} of ${inputs.length} input${inputs.length === 1 ? '' : 's'} ${failed === 1 ? 'does' : 'do'} not fit ${rubric.id} edition ${rubric.edition.label}`,
      2,
      sortDiagnostics(problems),
    );
  }
}
