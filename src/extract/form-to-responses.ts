import type { Field, WorksheetKind } from '../document/model.js';
import type { Responses } from '../responses/responses.generated.js';
import type { Rubric } from '../rubric/rubric.generated.js';
import type { FilledForm, FilledValue } from './filled-form.js';
import { quote, rejectInput } from './input-error.js';
import { normaliseDate } from './normalise-date.js';

/** The longest answer the responses schema allows. */
export const MAX_ANSWER = 100_000;
const CONTEXT_KEYS = new Set(['district', 'school', 'team', 'date', 'facilitator']);

export interface FormToResponsesInput {
  file: string;
  form: FilledForm;
  /** The form's fields by name (the form's own, or named by position for `docx-order`). */
  fields: Map<string, FilledValue>;
  rubric: Rubric;
  hash: string;
  kind: WorksheetKind;
  expected: Field[];
}

/**
 * Turns the fields read from a worksheet into Responses for the rubric it was made from. Every problem is
 * collected and reported in one line: fields the worksheet should have but the document lacks, values
 * that could not be read, ratings that are not exactly one of the scale's keys (no Unicode normalisation:
 * a fullwidth "４" is not a rating), and items with more than one option ticked. Dates are normalised when
 * unambiguous.
 */
export function formToResponses(input: FormToResponsesInput): { responses: Responses; notes: string[] } {
  const { file, fields, rubric, expected } = input;
  const problems: string[] = [];
  const levels = new Set(rubric.scale.levels.map((l) => l.key));
  const parts: Parts = { respondent: {}, context: {}, reflections: {}, items: {} };
  const names = [...new Set(expected.map((f) => f.name))];
  const kinds = new Map(expected.map((f) => [f.name, f.kind]));
  for (const name of names) {
    const value = fields.get(name);
    if (value === undefined) {
      problems.push(`field ${quote(name)} is missing`);
      continue;
    }
    const answer =
      kinds.get(name) === 'choice'
        ? rating(name, value, levels, problems)
        : text(name, value, kinds.get(name) === 'date', problems);
    place(parts, name, answer);
  }
  for (const [name, value] of fields) {
    if (value.kind === 'invalid' && !kinds.has(name)) problems.push(`field ${quote(name)}: ${value.reason}`);
  }
  if (problems.length > 0) throw rejectInput(file, summarise(problems));
  const unknown = [...fields.keys()].filter((name) => !kinds.has(name));
  const notes = [...input.form.notes];
  if (unknown.length > 0)
    notes.push(
      `${unknown.length} field${unknown.length === 1 ? '' : 's'} not on the worksheet ignored: ${unknown
        .slice(0, 5)
        .map((n) => quote(n, 40))
        .join(', ')}`,
    );
  return { responses: assemble(input, parts), notes };
}

export function rating(
  name: string,
  value: FilledValue,
  levels: Set<string>,
  problems: string[],
): string | null {
  const item = name.replace(/\.rating$/, '');
  if (value.kind === 'invalid') return problem(problems, `field ${quote(name)}: ${value.reason}`);
  if (value.kind === 'checkbox')
    return problem(problems, `item ${item}: the rating is a single checkbox, not a choice`);
  const chosen = value.kind === 'choice' ? value.selected : value.value === null ? [] : [value.value];
  if (chosen.length > 1)
    return problem(
      problems,
      `item ${item}: ${chosen.length} ratings ticked (${chosen.map((c) => quote(c, 30)).join(', ')}); tick one`,
    );
  const [only] = chosen;
  if (only === undefined) return null;
  if (!levels.has(only))
    return problem(
      problems,
      `item ${item}: unknown rating ${quote(only, 30)}; expected one of ${[...levels].join(', ')}`,
    );
  return only;
}

export function text(name: string, value: FilledValue, date: boolean, problems: string[]): string | null {
  if (value.kind === 'invalid') return problem(problems, `field ${quote(name)}: ${value.reason}`);
  if (value.kind !== 'text') return problem(problems, `field ${quote(name)} should be a text field`);
  if (value.value === null) return null;
  if (value.value.length > MAX_ANSWER)
    return problem(problems, `field ${quote(name)} is longer than ${MAX_ANSWER} characters`);
  return date ? normaliseDate(value.value) : value.value;
}

interface Parts {
  respondent: Record<string, string | null>;
  context: Record<string, string | null>;
  reflections: Record<string, string | null>;
  items: Record<string, Record<string, string | null>>;
}

/** Puts an answer where the field name says: respondent.*, context.*, reflection.*, or <item-id>.<key>. */
function place(parts: Parts, name: string, answer: string | null): void {
  const dot = name.lastIndexOf('.');
  const [head, key] = [name.slice(0, dot), name.slice(dot + 1)];
  if (head === 'respondent' && (key === 'name' || key === 'role')) parts.respondent[key] = answer;
  else if (head === 'context' && CONTEXT_KEYS.has(key)) parts.context[key] = answer;
  else if (head === 'reflection') parts.reflections[key] = answer;
  else if (dot > 0) {
    const item = parts.items[head] ?? {};
    item[key] = answer;
    parts.items[head] = item;
  }
}

/** Leaves out empty sections (an action plan has no ratings, a self-assessment no reflections). */
function assemble(input: FormToResponsesInput, parts: Parts): Responses {
  const { rubric, file, form } = input;
  const some = (record: Record<string, unknown>) => Object.keys(record).length > 0;
  return {
    rubric: rubric.id,
    edition: rubric.edition.label,
    rubricHash: input.hash,
    kind: input.kind,
    ...(some(parts.respondent) ? { respondent: parts.respondent } : {}),
    ...(some(parts.context) ? { context: parts.context } : {}),
    source: { file, method: form.method },
    items: parts.items as Responses['items'],
    ...(some(parts.reflections) ? { reflections: parts.reflections } : {}),
  };
}

export function problem(problems: string[], message: string): null {
  problems.push(message);
  return null;
}

export function summarise(problems: string[]): string {
  const shown = problems.slice(0, 5).join('; ');
  return problems.length > 5 ? `${shown}; and ${problems.length - 5} more problems` : shown;
}
