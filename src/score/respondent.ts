import type { Responses } from '../responses/responses.generated.js';

/** One set of responses to score, with the file it came from. */
export interface Respondent {
  file: string;
  responses: Responses;
}

/** The trimmed text of an answer, or null when it is empty or not text. */
export function answerText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A respondent's rating of an item: the level key, or null when unanswered. */
export function ratingOf(respondent: Respondent, itemId: string): string | null {
  const answer = Object.hasOwn(respondent.responses.items, itemId)
    ? respondent.responses.items[itemId]
    : null;
  return answer && typeof answer.rating === 'string' ? answer.rating : null;
}
