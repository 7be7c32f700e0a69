import type { Rubric } from '../rubric/rubric.generated.js';
import type { Answer, ItemScore } from './report.js';
import { answerText, isRater, type Respondent, ratingOf } from './respondent.js';
import type { ScaleInfo } from './scale-levels.js';
import { mean, median, round3 } from './statistics.js';

/**
 * Every item of the rubric in printed order, with each rating respondent's answer (an action plan without
 * ratings gives none), mean, median and spread.
 */
export function itemScores(
  rubric: Rubric,
  respondents: readonly Respondent[],
  scale: ScaleInfo,
): ItemScore[] {
  const columns = (rubric.planningColumns ?? []).map((c) => c.key);
  const raters = respondents.flatMap((respondent, index) =>
    isRater(respondent) ? [{ respondent, index }] : [],
  );
  return rubric.sections.flatMap((section) =>
    section.items.map((item): ItemScore => {
      const answers = raters.map(({ respondent, index }): Answer => {
        const rating = ratingOf(respondent, item.id);
        const raw = Object.hasOwn(respondent.responses.items, item.id)
          ? respondent.responses.items[item.id]
          : null;
        return {
          respondent: index,
          rating,
          value: rating === null ? null : (scale.value.get(rating) ?? null),
          evidence: answerText(raw?.evidence),
          plan: columns.flatMap((column) => {
            const text = answerText(raw?.[column]);
            return text === null ? [] : [{ column, text }];
          }),
        };
      });
      const values = answers.flatMap((a) => (a.value === null ? [] : [a.value]));
      const ranks = answers.flatMap((a) =>
        a.rating !== null && scale.rank.has(a.rating) ? [scale.rank.get(a.rating)!] : [],
      );
      return {
        id: item.id,
        ingredient: section.id,
        number: item.number,
        text: item.text,
        priority: item.priority === true,
        mean: round3(mean(values)),
        median: round3(median(values)),
        spread: ranks.length < 2 ? null : Math.max(...ranks) - Math.min(...ranks),
        scored: values.length,
        notScored: answers.filter((a) => a.rating !== null && a.value === null).length,
        answers,
      };
    }),
  );
}
