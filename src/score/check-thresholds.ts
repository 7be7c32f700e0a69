import { UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import type { Report } from './report.js';

/** A --fail-under value: the overall mean, or one ingredient's mean, must reach the score. */
export interface Threshold {
  ingredient?: string;
  score: number;
}

/** Parses `SCORE` or `ingredient=SCORE`. */
export function parseThreshold(text: string): Threshold {
  const match = /^(?:([a-z0-9][a-z0-9-]*)=)?([0-9]+(?:\.[0-9]+)?)$/.exec(text.trim());
  if (!match)
    throw new UserError(
      `--fail-under takes SCORE or ingredient=SCORE (e.g. 2.5 or actionable-data=3), not "${sanitizeForDisplay(text, 60)}"`,
    );
  return { ...(match[1] ? { ingredient: match[1] } : {}), score: Number(match[2]) };
}

/**
 * Why the report fails the CI checks (empty when it passes): an overall or ingredient mean below its
 * threshold or with nothing scored, and with requireComplete any respondent who left items unrated.
 * Throws when a threshold names an ingredient the rubric lacks.
 */
export function checkThresholds(
  report: Report,
  thresholds: readonly Threshold[],
  requireComplete: boolean,
): string[] {
  const failures: string[] = [];
  for (const { ingredient, score } of thresholds) {
    if (score > report.scale.max)
      throw new UserError(
        `--fail-under ${ingredient ? `${ingredient}=` : ''}${score} can never pass: the scale of ${report.rubric.id} tops out at ${report.scale.max}`,
      );
    const found = ingredient === undefined ? undefined : report.ingredients.find((i) => i.id === ingredient);
    if (ingredient !== undefined && !found)
      throw new UserError(
        `--fail-under names "${ingredient}", which is not an ingredient of ${report.rubric.id}; its ingredients are: ${report.ingredients.map((i) => i.id).join(', ')}`,
      );
    const mean = found ? found.mean : report.overall.mean;
    const what = found ? `${found.title} (${found.id})` : 'the overall mean';
    if (mean === null) failures.push(`${what} has no scored rating, so it cannot reach ${score}`);
    else if (mean < score) failures.push(`${what} is ${mean}, below ${score}`);
  }
  if (requireComplete) {
    for (const r of report.respondents) {
      if (!r.rater) continue;
      const missing = r.overall.unanswered;
      if (missing > 0)
        failures.push(
          `${sanitizeForDisplay(r.name, 80)} (${sanitizeForDisplay(r.file, 120)}) left ${missing} item${missing === 1 ? '' : 's'} unrated`,
        );
    }
  }
  return failures;
}
