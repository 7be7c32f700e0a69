import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadResponses } from '../../src/responses/load-responses.js';
import { loadRubric } from '../../src/rubric/load-rubric.js';
import { resolveRubricPath } from '../../src/rubric/registry.js';
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

/** Scores respondents against the rubric they answer, with the shipped recommendations. */
export async function reportFor(respondents: readonly Respondent[], asOf = '2026-03-01'): Promise<Report> {
  const id = respondents[0]!.responses.rubric;
  const { loaded, diagnostics } = await loadRubric(resolveRubricPath(id));
  if (!loaded) throw new Error(`${id}: ${diagnostics.map((d) => d.message).join('; ')}`);
  return scoreResponses(loaded.rubric, respondents, {
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
