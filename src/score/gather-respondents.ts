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
  // A copy names the same person (or nobody), so only inputs sharing a person key are compared.
  const keyed = inputs.map((input) => ({ input, key: personKey(input) }));
  const byKey = new Map<string, LoadedResponses[]>();
  for (const { input, key } of keyed) {
    const group = byKey.get(key);
    if (group) group.push(input);
    else byKey.set(key, [input]);
  }
  const copies = new Set<LoadedResponses>();
  for (const group of byKey.values()) if (group.length > 1) findCopies(group, copies, warnings);
  const people = new Map<string, { rating: LoadedResponses[]; plan: LoadedResponses[] }>();
  for (const { input, key } of keyed) {
    if (copies.has(input)) continue;
    // Without a name, each file is its own respondent.
    const own = key === '' ? `\u0000${input.file}` : key;
    const person = people.get(own) ?? { rating: [], plan: [] };
    (input.responses.kind === 'action-plan' ? person.plan : person.rating).push(input);
    people.set(own, person);
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

/** Name and district compared as people mean them; empty when the responses give no name. */
function personKey(input: LoadedResponses): string {
  const name = answerText(input.responses.respondent?.name);
  if (name === null) return '';
  return `${nameKey(name)}\u0000${nameKey(contextOf(input.responses).district ?? '')}`;
}

/** Marks inputs whose document and answers equal an earlier input's, with a warning for each. */
function findCopies(
  inputs: readonly LoadedResponses[],
  copies: Set<LoadedResponses>,
  warnings: Diagnostic[],
): void {
  const first = new Map<string, string>();
  for (const input of inputs) {
    const print = fingerprint(input.responses);
    const earlier = first.get(print);
    if (earlier === undefined) {
      first.set(print, input.file);
      continue;
    }
    copies.add(input);
    warnings.push({
      file: input.file,
      line: 0,
      column: 0,
      severity: 'warning',
      code: 'score/duplicate',
      message: `the same worksheet and answers as ${sanitizeForDisplay(earlier, 200)}; counted once`,
    });
  }
}

/**
 * The document and its answers, independent of the file they were read from: rubric, edition, kind,
 * respondent, context, items and reflections, with items and keys in a fixed order and empty answers left
 * out, so that the same answers read from YAML, PDF or DOCX give the same print. Written out by hand
 * rather than by a generic sorted stringify: it runs for every input (10,000 files in the bench).
 */
function fingerprint(responses: Responses): string {
  const parts: string[] = [
    responses.rubric,
    responses.edition,
    responses.kind ?? '',
    text(responses.respondent?.name),
    text(responses.respondent?.role),
  ];
  const context = responses.context;
  for (const key of ['district', 'school', 'team', 'date', 'facilitator'] as const)
    parts.push(text(context?.[key]));
  const items = responses.items;
  for (const id of Object.keys(items).sort()) {
    const answer = items[id];
    if (!answer) continue;
    const keys = Object.keys(answer);
    let entry = '';
    for (const key of keys.sort()) {
      const value = text(answer[key]);
      if (value !== '') entry += `${key}\u0001${value}\u0002`;
    }
    if (entry !== '') parts.push(`${id}\u0003${entry}`);
  }
  const reflections = responses.reflections ?? {};
  for (const id of Object.keys(reflections).sort()) {
    const value = text(reflections[id]);
    if (value !== '') parts.push(`${id}\u0003${value}`);
  }
  return parts.join('\u0000');
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
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
