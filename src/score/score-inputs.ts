import { type Diagnostic, UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import type { LoadedResponses } from '../responses/load-responses.js';
import type { Rubric } from '../rubric/rubric.generated.js';
import { expandInputs } from './expand-inputs.js';
import {
  checkAllInputs,
  differentEditions,
  groupByEdition,
  readEveryInput,
  rubricNamed,
  shippedRubric,
  unreadableInputs,
} from './gather-inputs.js';
import { loadRecommendations } from './load-recommendations.js';
import type { Report } from './report.js';
import { scoreResponses } from './score-responses.js';

export interface ScoreInputsOptions {
  /** The rubric to score with (id, year or path); default: the one the responses name. */
  rubric?: string;
  /** A crosswalk file: inputs may then answer its old and new editions together. */
  crosswalk?: string;
  asOf: string;
  recommendations: boolean;
}

/**
 * The `score` pipeline from the command line's inputs to a report: expand folders and globs, read every
 * input (all problems reported together), find the rubric, check the inputs against it, and score. With a
 * crosswalk, scores the new edition's responses and compares them with the old edition's; warnings about
 * the crosswalk come back for the command to print.
 */
export async function scoreInputs(
  args: readonly string[],
  options: ScoreInputsOptions,
): Promise<{ report: Report; warnings: Diagnostic[] }> {
  const { files, diagnostics: unmatched } = expandInputs(args);
  const { loaded: inputs, diagnostics: unread } = await readEveryInput(files, options.rubric);
  const problems = [...unmatched, ...unread];
  if (problems.length > 0)
    throw await unreadableInputs(problems, inputs, files.length + unmatched.length, options.rubric);
  const recommendations = options.recommendations ? await loadRecommendations() : undefined;
  const scoring = { asOf: options.asOf, ...(recommendations ? { recommendations } : {}) };
  if (options.crosswalk) {
    const { scoreAcrossEditions } = await import('./score-across-editions.js');
    return scoreAcrossEditions(inputs, options.crosswalk, scoring);
  }
  const groups = groupByEdition(inputs);
  if (groups.size > 1 && !options.rubric) throw differentEditions(groups);
  const rubric = await rubricFor(inputs[0]!, options.rubric);
  await checkAllInputs(inputs, rubric);
  return { report: scoreResponses(rubric, inputs, scoring), warnings: [] };
}

/** The rubric named by --rubric, else the shipped rubric whose id the responses give. */
async function rubricFor(input: LoadedResponses, named: string | undefined): Promise<Rubric> {
  if (named) return rubricNamed(named);
  const { rubric } = input.responses;
  const found = await shippedRubric(rubric);
  if (found) return found;
  throw new UserError(
    `${sanitizeForDisplay(input.file, 200)} answers rubric "${sanitizeForDisplay(rubric, 60)}", which is not shipped with rubricate; name its YAML file with --rubric`,
  );
}
