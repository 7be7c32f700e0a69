import { rubricHash } from '../rubric/content-hash.js';
import type { Rubric } from '../rubric/rubric.generated.js';
import { withLabels } from '../rubric/section-labels.js';
import { actionPlanView } from './action-plan-view.js';
import { ingredientScores, itemRef } from './ingredient-scores.js';
import { itemScores } from './item-scores.js';
import { recommend } from './recommend.js';
import type { RecommendationsData } from './recommendations.js';
import type { Report } from './report.js';
import { isRater, type Respondent } from './respondent.js';
import { contextOf, reportContext } from './respondent-context.js';
import { respondentSummaries } from './respondent-summaries.js';
import { scaleLevels } from './scale-levels.js';
import { mean, round3 } from './statistics.js';
import { tally } from './tally.js';
import { teamView } from './team-view.js';

export interface ScoreOptions {
  /** The day overdue entries are counted from, YYYY-MM-DD (the command passes today unless --as-of). */
  asOf: string;
  recommendations?: RecommendationsData;
}

/**
 * Scores responses already checked against the rubric: Rubric × Responses[] → Report. Pure: the same
 * inputs always give the same report.
 */
export function scoreResponses(
  rubric: Rubric,
  respondents: readonly Respondent[],
  options: ScoreOptions,
): Report {
  const scale = scaleLevels(rubric);
  const items = itemScores(rubric, respondents, scale);
  const ingredients = ingredientScores(rubric, items, scale);
  const starred = items.filter((i) => i.priority);
  const actionPlan = actionPlanView(rubric, items, respondents, options.asOf);
  return {
    version: 2,
    rubric: { id: rubric.id, title: rubric.title, edition: rubric.edition.label, hash: rubricHash(rubric) },
    ...withLabels(rubric),
    context: reportContext(respondents.map((r) => contextOf(r.responses))),
    scale: {
      levels: rubric.scale.levels.map((l) => ({ key: l.key, label: l.label, value: l.value })),
      min: scale.min,
      max: scale.max,
    },
    ...(rubric.planningColumns
      ? {
          planningColumns: rubric.planningColumns.map((c) => ({ key: c.key, label: c.label, kind: c.kind })),
        }
      : {}),
    ...(actionPlan ? { asOf: options.asOf } : {}),
    respondents: respondentSummaries(rubric, respondents, scale),
    overall: tally(
      items.flatMap((i) => i.answers.map((a) => a.rating)),
      scale,
    ),
    ingredients,
    priority:
      starred.length === 0
        ? null
        : {
            mean: round3(
              mean(starred.flatMap((i) => i.answers.flatMap((a) => (a.value === null ? [] : [a.value])))),
            ),
            items: starred.map(itemRef),
          },
    items,
    team: teamView(rubric, items, respondents.filter((r) => isRater(r)).length),
    actionPlan,
    recommendations: recommend(ingredients, options.recommendations, scale.max),
  };
}
