import { normaliseDate } from '../extract/normalise-date.js';
import type { Responses } from '../responses/responses.generated.js';
import { isDate } from './action-plan-view.js';
import type { ReportContext } from './report.js';
import { answerText } from './respondent.js';

/** Who a set of responses is about, as written (trimmed); the date as YYYY-MM-DD when it reads as one. */
export interface RespondentContext {
  district: string | null;
  school: string | null;
  team: string | null;
  date: string | null;
}

export function contextOf(responses: Responses): RespondentContext {
  const context = responses.context;
  const date = answerText(context?.date);
  return {
    district: answerText(context?.district),
    school: answerText(context?.school),
    team: answerText(context?.team),
    date: date === null ? null : readDate(date),
  };
}

/**
 * The one date reader of responses and worksheets: the text as YYYY-MM-DD when its meaning is certain
 * (`2026-03-15`, `3/15/2026`, `March 15, 2026`), else the text as written.
 */
export function readDate(text: string): string {
  return normaliseDate(text);
}

/** True when the text reads as a real date (after readDate). */
export function readsAsDate(text: string | null): boolean {
  return text !== null && isDate(readDate(text));
}

/** A name compared the way people mean it: case, spacing and Unicode composition ignored. */
export function nameKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The distinct values (first spelling kept, in order of first appearance), compared by nameKey. */
export function distinct(values: Iterable<string | null>): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    if (value === null) continue;
    const key = nameKey(value);
    if (!seen.has(key)) seen.set(key, value.replace(/\s+/g, ' '));
  }
  return [...seen.values()];
}

/** The report's context: every district, school and team named, and the first and last date. */
export function reportContext(contexts: readonly RespondentContext[]): ReportContext {
  const dates = contexts
    .map((c) => c.date)
    .filter((d): d is string => d !== null && isDate(d))
    .sort();
  return {
    districts: distinct(contexts.map((c) => c.district)),
    schools: distinct(contexts.map((c) => c.school)),
    teams: distinct(contexts.map((c) => c.team)),
    dates: dates.length === 0 ? null : { first: dates[0]!, last: dates[dates.length - 1]! },
  };
}
