import { basename } from 'node:path';
import type { Rubric } from '../rubric/rubric.generated.js';
import type { RespondentSummary } from './report.js';
import { answerText, isRater, type Respondent, ratingOf } from './respondent.js';
import { contextOf } from './respondent-context.js';
import type { ScaleInfo } from './scale-levels.js';
import { tally } from './tally.js';

/**
 * Each respondent's own tally and ingredient means, and who they are; the name falls back to the file
 * name. A respondent who does not rate (an action plan alone) gets empty tallies.
 */
export function respondentSummaries(
  rubric: Rubric,
  respondents: readonly Respondent[],
  scale: ScaleInfo,
): RespondentSummary[] {
  // The item ids once, not once per respondent.
  const everyItem = rubric.sections.flatMap((s) => s.items.map((i) => i.id));
  const bySection = rubric.sections.map((s) => ({ id: s.id, items: s.items.map((i) => i.id) }));
  return respondents.map((respondent, index) => {
    const rater = isRater(respondent);
    const ratings = (ids: string[]) => (rater ? ids.map((id) => ratingOf(respondent, id)) : []);
    const { responses } = respondent;
    const context = contextOf(responses);
    return {
      index,
      name: answerText(responses.respondent?.name) ?? basename(respondent.file),
      role: answerText(responses.respondent?.role),
      file: respondent.file,
      files: respondent.files ?? [respondent.file],
      kind: responses.kind ?? null,
      rater,
      district: context.district,
      school: context.school,
      team: context.team,
      date: context.date,
      overall: tally(ratings(everyItem), scale),
      ingredients: bySection.map((s) => ({ id: s.id, mean: tally(ratings(s.items), scale).mean })),
    };
  });
}
