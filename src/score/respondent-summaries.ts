import { basename } from 'node:path';
import type { Rubric } from '../rubric/rubric.generated.js';
import type { RespondentSummary } from './report.js';
import { answerText, type Respondent, ratingOf } from './respondent.js';
import type { ScaleInfo } from './scale-levels.js';
import { tally } from './tally.js';

/** Each respondent's own tally and ingredient means; the name falls back to the file name. */
export function respondentSummaries(
  rubric: Rubric,
  respondents: readonly Respondent[],
  scale: ScaleInfo,
): RespondentSummary[] {
  return respondents.map((respondent, index) => {
    const ratings = (ids: string[]) => ids.map((id) => ratingOf(respondent, id));
    const { responses } = respondent;
    return {
      index,
      name: answerText(responses.respondent?.name) ?? basename(respondent.file),
      role: answerText(responses.respondent?.role),
      file: respondent.file,
      kind: responses.kind ?? null,
      overall: tally(ratings(rubric.sections.flatMap((s) => s.items.map((i) => i.id))), scale),
      ingredients: rubric.sections.map((s) => ({
        id: s.id,
        mean: tally(ratings(s.items.map((i) => i.id)), scale).mean,
      })),
    };
  });
}
