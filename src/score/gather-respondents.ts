import { type Diagnostic, UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import type { LoadedResponses } from '../responses/load-responses.js';
import type { ItemAnswer, Responses } from '../responses/responses.generated.js';
import { isDate } from './action-plan-view.js';
import { answerText, hasRating, type Respondent } from './respondent.js';
import { contextOf, nameKey } from './respondent-context.js';

export interface GatherOptions {
  /** Two different submissions of one kind by one person: keep the newer by context date. */
  latest?: boolean;
}

/**
 * The people among the inputs: the same worksheet given twice (same document and answers) counts once,
 * with a warning; one person's self-assessment and action plan (same name and district) become one
 * respondent, rated by the first and planned by the second. Two different submissions of one kind by one
 * person are an error naming both files, unless `latest` keeps the newer by date.
 */
export function gatherRespondents(
  inputs: readonly LoadedResponses[],
  options: GatherOptions = {},
): { respondents: Respondent[]; warnings: Diagnostic[] } {
  const warnings: Diagnostic[] = [];
  const unique = withoutCopies(inputs, warnings);
  const people = new Map<string, { rating: LoadedResponses[]; plan: LoadedResponses[] }>();
  for (const input of unique) {
    const name = answerText(input.responses.respondent?.name);
    const district = contextOf(input.responses).district;
    const key = name === null ? `\u0000${input.file}` : `${nameKey(name)}\u0000${nameKey(district ?? '')}`;
    const person = people.get(key) ?? { rating: [], plan: [] };
    (input.responses.kind === 'action-plan' ? person.plan : person.rating).push(input);
    people.set(key, person);
  }
  const respondents: Respondent[] = [];
  for (const person of people.values()) {
    const rating = onePerKind(person.rating, options, warnings);
    const plan = onePerKind(person.plan, options, warnings);
    respondents.push(merge(rating, plan));
  }
  // In input order of each person's first file.
  const order = new Map(inputs.map((input, i) => [input.file, i]));
  const at = (file: string) => order.get(file) ?? 0;
  for (const r of respondents) r.files!.sort((a, b) => at(a) - at(b));
  return { respondents: respondents.sort((a, b) => at(a.files![0]!) - at(b.files![0]!)), warnings };
}

/** Drops inputs whose document and answers equal an earlier input's, with a warning for each. */
function withoutCopies(inputs: readonly LoadedResponses[], warnings: Diagnostic[]): LoadedResponses[] {
  const first = new Map<string, string>();
  return inputs.filter((input) => {
    const print = fingerprint(input.responses);
    const earlier = first.get(print);
    if (earlier === undefined) {
      first.set(print, input.file);
      return true;
    }
    warnings.push({
      file: input.file,
      line: 0,
      column: 0,
      severity: 'warning',
      code: 'score/duplicate',
      message: `the same worksheet and answers as ${sanitizeForDisplay(earlier, 200)}; counted once`,
    });
    return false;
  });
}

/**
 * The document and its answers, independent of the file they were read from: rubric, edition, kind,
 * respondent, context, items and reflections, keys sorted, empty answers left out.
 */
function fingerprint(responses: Responses): string {
  return canonical({
    rubric: responses.rubric,
    edition: responses.edition,
    kind: responses.kind ?? null,
    respondent: responses.respondent ?? null,
    context: responses.context ?? null,
    items: responses.items,
    reflections: responses.reflections ?? null,
  });
}

function canonical(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.trim());
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === ''))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** The one submission of a kind, or the newer with `latest`; two are an error naming both files. */
function onePerKind(
  inputs: LoadedResponses[],
  options: GatherOptions,
  warnings: Diagnostic[],
): LoadedResponses | undefined {
  if (inputs.length <= 1) return inputs[0];
  const [a, b] = inputs as [LoadedResponses, LoadedResponses];
  const who = personName(a);
  const what = a.responses.kind === 'action-plan' ? 'action plans' : 'self-assessments';
  const both = `${sanitizeForDisplay(a.file, 200)} and ${sanitizeForDisplay(b.file, 200)}`;
  if (!options.latest)
    throw new UserError(
      `${who} handed in two different ${what}: ${both}; keep one, or pass --latest to keep the newer by date`,
    );
  const dated = inputs.map((input) => ({ input, date: contextOf(input.responses).date }));
  const undated = dated.find((d) => d.date === null || !isDate(d.date));
  if (undated)
    throw new UserError(
      `${who} handed in two different ${what} (${both}), and ${sanitizeForDisplay(undated.input.file, 200)} has no date to tell which is newer`,
    );
  const sorted = [...dated].sort((x, y) => (x.date! < y.date! ? 1 : x.date! > y.date! ? -1 : 0));
  if (sorted[0]!.date === sorted[1]!.date)
    throw new UserError(
      `${who} handed in two different ${what} with the same date ${sorted[0]!.date} (${sanitizeForDisplay(sorted[0]!.input.file, 200)} and ${sanitizeForDisplay(sorted[1]!.input.file, 200)}); keep one`,
    );
  for (const older of sorted.slice(1))
    warnings.push({
      file: older.input.file,
      line: 0,
      column: 0,
      severity: 'warning',
      code: 'score/older-submission',
      message: `left out: ${sanitizeForDisplay(sorted[0]!.input.file, 200)} by the same respondent is newer (--latest)`,
    });
  return sorted[0]!.input;
}

function personName(input: LoadedResponses): string {
  const name = answerText(input.responses.respondent?.name) ?? input.file;
  const district = contextOf(input.responses).district;
  return `${sanitizeForDisplay(name, 80)}${district ? ` (${sanitizeForDisplay(district, 80)})` : ''}`;
}

/**
 * One respondent from a person's rating input and action plan: ratings and evidence from the first, the
 * planning columns and reflections from the second. An action plan alone rates only when it has ratings.
 */
function merge(rating: LoadedResponses | undefined, plan: LoadedResponses | undefined): Respondent {
  const files = [rating, plan].filter((i): i is LoadedResponses => i !== undefined).map((i) => i.file);
  if (!plan) return { file: rating!.file, responses: rating!.responses, files, rater: true };
  if (!rating) return { file: plan.file, responses: plan.responses, files, rater: hasRating(plan.responses) };
  const items: Record<string, ItemAnswer> = {};
  const ids = new Set([...Object.keys(rating.responses.items), ...Object.keys(plan.responses.items)]);
  for (const id of ids) {
    const rated = rating.responses.items[id] ?? null;
    const planned = plan.responses.items[id] ?? null;
    const columns = Object.fromEntries(
      Object.entries(planned ?? {}).filter(([key]) => key !== 'rating' && key !== 'evidence'),
    );
    items[id] = { ...(rated ?? {}), ...columns };
  }
  const responses: Responses = {
    ...rating.responses,
    items,
    ...(plan.responses.reflections || rating.responses.reflections
      ? { reflections: { ...(rating.responses.reflections ?? {}), ...filled(plan.responses.reflections) } }
      : {}),
  };
  return { file: rating.file, responses, files, rater: true };
}

function filled(answers: Record<string, string | null> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(answers ?? {}).filter((e): e is [string, string] => answerText(e[1]) !== null),
  );
}
