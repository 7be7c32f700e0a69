import { checkCrosswalk } from '../crosswalk/check-crosswalk.js';
import { compareAcrossEditions, type RatingsByItem } from '../crosswalk/compare-editions.js';
import type { CrosswalkEdition } from '../crosswalk/crosswalk.js';
import { loadCrosswalk } from '../crosswalk/load-crosswalk.js';
import { type Diagnostic, UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import type { LoadedResponses } from '../responses/load-responses.js';
import type { Rubric } from '../rubric/rubric.generated.js';
import { checkNotMixed } from './check-pooling.js';
import { checkAllInputs, shippedRubric } from './gather-inputs.js';
import type { GatherOptions } from './gather-respondents.js';
import { gatherRespondents } from './gather-respondents.js';
import type { Report } from './report.js';
import { isRater, type Respondent } from './respondent.js';
import { type ScoreOptions, scoreResponses } from './score-responses.js';

/**
 * Scores responses to the two editions a crosswalk joins: the report is that of the new edition's
 * responses, with `comparison` holding how the ratings changed from the old edition's, per aligned entry
 * and per ingredient, and the items without a counterpart. Each side needs at least one input. The
 * crosswalk's warnings (a rubric changed since it was written, items it leaves out) come back for printing.
 */
export async function scoreAcrossEditions(
  inputs: readonly LoadedResponses[],
  crosswalkFile: string,
  options: ScoreOptions,
  gathering: GatherOptions & { allowMixed?: boolean } = {},
): Promise<{ report: Report; warnings: Diagnostic[] }> {
  const { loaded, diagnostics } = await loadCrosswalk(crosswalkFile);
  if (!loaded) throw new UserError(`${crosswalkFile} is not a valid crosswalk`, 2, diagnostics);
  const [older, newer] = [await sideRubric(loaded.crosswalk.old), await sideRubric(loaded.crosswalk.new)];
  if (older.id === newer.id && older.edition.label === newer.edition.label)
    throw new UserError(
      `${sanitizeForDisplay(crosswalkFile, 200)} joins ${older.id} edition ${older.edition.label} to itself; to compare two rounds of one edition use: rubricate score NOW... --baseline BEFORE...`,
    );
  const problems = checkCrosswalk(loaded, older, newer);
  if (problems.some((d) => d.severity === 'error'))
    throw new UserError(`${crosswalkFile} does not fit ${older.id} and ${newer.id}`, 2, problems);
  const oldInputs = inputs.filter((i) => answers(i, older));
  const newInputs = inputs.filter((i) => answers(i, newer));
  const others = inputs.filter((i) => !answers(i, older) && !answers(i, newer));
  if (others.length > 0) await checkAllInputs(others, newer);
  for (const [side, list, rubric] of [
    ['old', oldInputs, older],
    ['new', newInputs, newer],
  ] as const) {
    if (list.length === 0)
      throw new UserError(
        `--crosswalk compares two editions, but no input answers the ${side} one (${rubric.id} edition ${rubric.edition.label})`,
      );
    await checkAllInputs(list, rubric);
  }
  if (!gathering.allowMixed) checkNotMixed(inputs);
  const [oldSide, newSide] = [
    gatherRespondents(oldInputs, gathering),
    gatherRespondents(newInputs, gathering),
  ];
  const report = scoreResponses(newer, newSide.respondents, options);
  const comparison = compareAcrossEditions(
    loaded.crosswalk,
    older,
    newer,
    ratingsByItem(older, oldSide.respondents),
    ratingsByItem(newer, newSide.respondents),
  );
  return {
    report: { ...report, comparison },
    warnings: [...problems, ...oldSide.warnings, ...newSide.warnings],
  };
}

/** The shipped rubric a crosswalk side names, checked against the edition it gives. */
export async function sideRubric(side: CrosswalkEdition): Promise<Rubric> {
  const rubric = await shippedRubric(side.rubric);
  if (!rubric)
    throw new UserError(
      `the crosswalk names rubric "${sanitizeForDisplay(side.rubric, 60)}", which is not shipped with rubricate`,
    );
  if (side.edition !== undefined && side.edition !== rubric.edition.label)
    throw new UserError(
      `the crosswalk names ${sanitizeForDisplay(side.rubric, 60)} edition ${sanitizeForDisplay(side.edition, 40)}, but the shipped rubric is edition ${rubric.edition.label}`,
    );
  return rubric;
}

/** The responses name this rubric id (their edition is checked with the rest afterwards). */
function answers(input: LoadedResponses, rubric: Rubric): boolean {
  return input.responses.rubric === rubric.id;
}

/** Every answer's scale value per item (null for Don't know); unanswered items give nothing. */
export function ratingsByItem(rubric: Rubric, respondents: readonly Respondent[]): RatingsByItem {
  const values = new Map(rubric.scale.levels.map((l) => [l.key, l.value] as const));
  const ratings = new Map<string, (number | null)[]>();
  for (const respondent of respondents) {
    if (!isRater(respondent)) continue;
    const { responses } = respondent;
    for (const [id, answer] of Object.entries(responses.items)) {
      const rating = answer?.rating;
      if (typeof rating !== 'string' || !values.has(rating)) continue;
      const list = ratings.get(id) ?? [];
      list.push(values.get(rating)!);
      ratings.set(id, list);
    }
  }
  return ratings;
}
