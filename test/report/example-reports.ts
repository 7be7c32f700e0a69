import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareAcrossEditions, type RatingsByItem } from '../../src/crosswalk/compare-editions.js';
import { crosswalkFromDiff } from '../../src/crosswalk/crosswalk-from-diff.js';
import { diffRubrics } from '../../src/diff/diff-rubrics.js';
import { loadResponses } from '../../src/responses/load-responses.js';
import { loadRubric } from '../../src/rubric/load-rubric.js';
import { resolveRubricPath } from '../../src/rubric/registry.js';
import type { Rubric } from '../../src/rubric/rubric.generated.js';
import { loadRecommendations } from '../../src/score/load-recommendations.js';
import type { Report } from '../../src/score/report.js';
import type { Respondent } from '../../src/score/respondent.js';
import { scoreResponses } from '../../src/score/score-responses.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

/** The team of four that filled the 2025 rubric. */
export const TEAM_FILES = readdirSync(join(EXAMPLES, '2025-team'))
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => join(EXAMPLES, '2025-team', name));

/** The filled 2021 action plan. */
export const ACTION_PLAN_FILE = join(EXAMPLES, '2021-action-plan.yaml');

/** Loads responses files, throwing on any problem (the examples are valid). */
export async function loadRespondents(files: readonly string[]): Promise<Respondent[]> {
  const respondents: Respondent[] = [];
  for (const file of files) {
    const { loaded, diagnostics } = await loadResponses(file);
    if (!loaded) throw new Error(`${file}: ${diagnostics.map((d) => d.message).join('; ')}`);
    respondents.push({ file, responses: loaded.responses });
  }
  return respondents;
}

/** A shipped rubric by id. */
export async function shippedRubric(id: string): Promise<Rubric> {
  const { loaded, diagnostics } = await loadRubric(resolveRubricPath(id));
  if (!loaded) throw new Error(`${id}: ${diagnostics.map((d) => d.message).join('; ')}`);
  return loaded.rubric;
}

/** Scores respondents against the rubric they answer, with the shipped recommendations. */
export async function reportFor(respondents: readonly Respondent[], asOf = '2026-03-01'): Promise<Report> {
  const rubric = await shippedRubric(respondents[0]!.responses.rubric);
  return scoreResponses(rubric, respondents, {
    asOf,
    recommendations: await loadRecommendations(),
  });
}

/** The report of the 2025 team of four. */
export async function teamReport(): Promise<Report> {
  return reportFor(await loadRespondents(TEAM_FILES));
}

/** The report of the filled 2021 action plan, as of 2026-03-01. */
export async function actionPlanReport(): Promise<Report> {
  return reportFor(await loadRespondents([ACTION_PLAN_FILE]));
}

/**
 * Respondents made up for a rubric: every item rated, respondent r giving item i the level at
 * (i + r) modulo the number of levels, so that ratings differ between members; `name` picks the names.
 */
export function madeUpRespondents(rubric: Rubric, names: readonly string[], evidence?: string): Respondent[] {
  const items = rubric.sections.flatMap((s) => s.items.map((i) => i.id));
  const levels = rubric.scale.levels.map((l) => l.key);
  return names.map((name, r) => ({
    file: `made-up-${r}.yaml`,
    responses: {
      rubric: rubric.id,
      edition: rubric.edition.label,
      kind: 'self-assessment',
      respondent: { name, role: `${name} role` },
      items: Object.fromEntries(
        items.map((id, i) => [id, { rating: levels[(i + r) % levels.length]!, evidence: evidence ?? null }]),
      ),
    },
  }));
}

/** The 2020 rubric (which stars priority items) answered by two made-up members. */
export async function starredReport(): Promise<Report> {
  const rubric = await shippedRubric('2020-assessment');
  return reportFor(madeUpRespondents(rubric, ['Ana', 'Ben']));
}

/** The team report with a comparison against the 2021 action plan, through the crosswalk of their diff. */
export async function comparisonReport(): Promise<Report> {
  const [older, newer] = [await shippedRubric('2021-planning'), await shippedRubric('2025-large-chart')];
  const [before, after] = [await actionPlanReport(), await teamReport()];
  const crosswalk = crosswalkFromDiff(diffRubrics(older, newer), older, newer);
  const comparison = compareAcrossEditions(crosswalk, older, newer, ratingsOf(before), ratingsOf(after));
  return { ...after, comparison };
}

function ratingsOf(report: Report): RatingsByItem {
  return new Map(
    report.items.map((item) => [item.id, item.answers.filter((a) => a.rating !== null).map((a) => a.value)]),
  );
}
