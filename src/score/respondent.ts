import type { Responses } from '../responses/responses.generated.js';

/**
 * One person to score, with the file their answers came from. A person's self-assessment and action plan
 * are merged into one Respondent (gather-respondents.ts); `files` then lists both, `file` the rating one.
 */
export interface Respondent {
  file: string;
  responses: Responses;
  /** Every input merged into this respondent, in input order; default [file]. */
  files?: string[];
  /**
   * Whether the ratings count: false for an action-plan worksheet without any rating, which belongs to the
   * action-plan view only. Default: isRater(responses).
   */
  rater?: boolean;
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

/** True when some item carries a rating. */
export function hasRating(responses: Responses): boolean {
  for (const id in responses.items) {
    const rating = responses.items[id]?.rating;
    if (typeof rating === 'string') return true;
  }
  return false;
}

/**
 * Whether responses count as a rater: anything but an action plan, and an action plan only when it carries
 * ratings (a responses file written by hand; the action-plan worksheet has no rating fields).
 */
export function isRater(respondent: Respondent): boolean {
  return respondent.rater ?? (respondent.responses.kind !== 'action-plan' || hasRating(respondent.responses));
}
