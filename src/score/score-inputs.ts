import { type Diagnostic, UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import type { LoadedResponses } from '../responses/load-responses.js';
import type { Rubric } from '../rubric/rubric.generated.js';
import { checkNotMixed, type GroupBy, groupKey } from './check-pooling.js';
import { compareRounds } from './compare-rounds.js';
import {
  checkAllInputs,
  differentEditions,
  groupByEdition,
  readInputArgs,
  rubricNamed,
  shippedRubric,
} from './gather-inputs.js';
import { gatherRespondents } from './gather-respondents.js';
import { loadRecommendations } from './load-recommendations.js';
import type { GroupedReport, Report } from './report.js';
import { contextOf, nameKey, reportContext } from './respondent-context.js';
import { rollup } from './rollup.js';
import { type ScoreOptions, scoreResponses } from './score-responses.js';

export interface ScoreInputsOptions {
  /** The rubric to score with (id, year or path); default: the one the responses name. */
  rubric?: string;
  /** A crosswalk file: inputs may then answer its old and new editions together. */
  crosswalk?: string;
  /** Inputs of an earlier round of the same edition to compare with. */
  baseline?: readonly string[];
  /** One report section per district, school or team, and a roll-up across them. */
  groupBy?: GroupBy;
  /** Pool inputs from different districts or schools on purpose. */
  allowMixed?: boolean;
  /** Two different submissions by one respondent: keep the newer by date. */
  latest?: boolean;
  asOf: string;
  recommendations: boolean;
}

export interface ScoreResult {
  report: Report | GroupedReport;
  warnings: Diagnostic[];
}

/**
 * The `score` pipeline from the command line's inputs to a report: expand folders and globs, read every
 * input (all problems reported together), find the rubric, check the inputs against it, refuse to pool
 * districts or schools, gather the respondents (copies once, a person's self-assessment and action plan
 * as one), and score: one report, one per group with a roll-up, or one compared with a baseline round.
 * With a crosswalk, scores the new edition's responses and compares them with the old edition's.
 */
export async function scoreInputs(
  args: readonly string[],
  options: ScoreInputsOptions,
): Promise<ScoreResult> {
  if (options.baseline && options.crosswalk)
    throw new UserError(
      '--baseline compares two rounds of one edition and --crosswalk two editions; use one of them',
    );
  if (options.groupBy && (options.baseline || options.crosswalk))
    throw new UserError(
      `--group-by cannot be combined with ${options.baseline ? '--baseline' : '--crosswalk'} yet`,
    );
  const inputs = await readInputArgs(args, options.rubric);
  const recommendations = options.recommendations ? await loadRecommendations() : undefined;
  const scoring: ScoreOptions = { asOf: options.asOf, ...(recommendations ? { recommendations } : {}) };
  if (options.crosswalk) {
    const { scoreAcrossEditions } = await import('./score-across-editions.js');
    return scoreAcrossEditions(inputs, options.crosswalk, scoring, options);
  }
  const rubric = await oneEditionRubric(inputs, options.rubric);
  await checkAllInputs(inputs, rubric);
  if (options.groupBy) return scoreGroups(rubric, inputs, options.groupBy, scoring, options);
  if (!options.allowMixed) checkNotMixed(inputs);
  const { respondents, warnings } = gatherRespondents(inputs, options);
  const report = scoreResponses(rubric, respondents, scoring);
  if (!options.baseline) return { report, warnings };
  const before = await scoreBaseline(options.baseline, rubric, scoring, options);
  if (!options.allowMixed) checkSameDistricts(report, before.report);
  return {
    report: { ...report, baseline: compareRounds(report, before.report) },
    warnings: [...warnings, ...before.warnings],
  };
}

/** The rubric of inputs that must all answer one edition: --rubric, else the shipped one they name. */
export async function oneEditionRubric(inputs: readonly LoadedResponses[], named?: string): Promise<Rubric> {
  const editions = groupByEdition(inputs);
  if (editions.size > 1 && !named) throw differentEditions(editions);
  return rubricFor(inputs[0]!, named);
}

async function scoreGroups(
  rubric: Rubric,
  inputs: readonly LoadedResponses[],
  by: GroupBy,
  scoring: ScoreOptions,
  options: ScoreInputsOptions,
): Promise<ScoreResult> {
  const groups = new Map<string, { label: string; inputs: LoadedResponses[] }>();
  for (const input of inputs) {
    const { key, label } = groupKey(input, by);
    const group = groups.get(key) ?? { label, inputs: [] };
    group.inputs.push(input);
    groups.set(key, group);
  }
  const warnings: Diagnostic[] = [];
  const sections = [...groups.values()].map(({ label, inputs: own }) => {
    if (by !== 'district' && !options.allowMixed) checkNotMixed(own);
    const gathered = gatherRespondents(own, options);
    warnings.push(...gathered.warnings);
    return { label, report: scoreResponses(rubric, gathered.respondents, scoring) };
  });
  const first = sections[0]!.report;
  const report: GroupedReport = {
    version: 2,
    groupBy: by,
    rubric: first.rubric,
    context: reportContext(inputs.map((i) => contextOf(i.responses))),
    scale: first.scale,
    rollup: rollup(sections),
    groups: sections,
  };
  return { report, warnings };
}

/** The baseline round's report: its inputs must answer the same edition as this round's. */
async function scoreBaseline(
  args: readonly string[],
  rubric: Rubric,
  scoring: ScoreOptions,
  options: ScoreInputsOptions,
): Promise<{ report: Report; warnings: Diagnostic[] }> {
  const inputs = await readInputArgs(args, options.rubric);
  const other = inputs.find(
    (i) => i.responses.rubric !== rubric.id || i.responses.edition !== rubric.edition.label,
  );
  if (other && !options.rubric)
    throw new UserError(
      `--baseline compares two rounds of one edition, but ${sanitizeForDisplay(other.file, 200)} answers ${sanitizeForDisplay(other.responses.rubric, 60)} edition ${sanitizeForDisplay(other.responses.edition, 40)}, not ${rubric.id} edition ${rubric.edition.label}; compare editions with --crosswalk`,
    );
  await checkAllInputs(inputs, rubric);
  if (!options.allowMixed) checkNotMixed(inputs);
  const { respondents, warnings } = gatherRespondents(inputs, options);
  return { report: scoreResponses(rubric, respondents, scoring), warnings };
}

/** Two rounds compared must be of the same districts (when both name theirs), unless --allow-mixed. */
function checkSameDistricts(now: Report, before: Report): void {
  const keys = (r: Report) => r.context.districts.map(nameKey).sort().join('\u0000');
  if (now.context.districts.length === 0 || before.context.districts.length === 0) return;
  if (keys(now) === keys(before)) return;
  const show = (r: Report) => r.context.districts.map((d) => `"${sanitizeForDisplay(d, 80)}"`).join(', ');
  throw new UserError(
    `the baseline round comes from ${show(before)} and this round from ${show(now)}; compare a district with itself, or pass --allow-mixed`,
  );
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
