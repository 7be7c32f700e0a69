import type { FieldManifest, ManifestField } from '../document/field-manifest.js';
import type { Responses } from '../responses/responses.generated.js';
import type { Rubric } from '../rubric/rubric.generated.js';
import type { FilledForm, FilledValue } from './filled-form.js';
import { rating, summarise, text } from './form-to-responses.js';
import { quote, rejectInput } from './input-error.js';
import { placeAnswer } from './place-answer.js';
import { list, revisionNotes } from './revision-notes.js';
import { rubricFields } from './rubric-fields.js';

export interface ManifestInput {
  file: string;
  form: FilledForm;
  /** The form's fields by name (the form's own, or named by position for `docx-order`). */
  fields: Map<string, FilledValue>;
  manifest: FieldManifest;
  rubric: Rubric;
  hash: string;
}

type Answer = string | boolean | null;

/**
 * Reads a worksheet by the field manifest it carries, never by re-running a template: every field the
 * manifest lists is read and placed by its name (docs/fields.md); fields of the rubric's scheme that the
 * worksheet lacks are unanswered (null); fields a template added are kept (context.* under context, others
 * under extra) and named in a note. Against another revision of the rubric, answered items must still exist.
 */
export function manifestToResponses(input: ManifestInput): {
  responses: Responses;
  notes: string[];
  warnings: string[];
} {
  const { file, fields, manifest, rubric } = input;
  const problems: string[] = [];
  const levels = new Set(rubric.scale.levels.map((l) => l.key));
  const responses: Responses = {
    rubric: rubric.id,
    edition: rubric.edition.label,
    rubricHash: input.hash,
    kind: manifest.kind,
    source: { file, method: input.form.method },
    items: {},
  };
  const answered = new Set<string>();
  const gone = new Set<string>();
  const listed = new Set(manifest.fields.map((f) => f.name));
  const placements = new Map<string, string>();
  for (const field of manifest.fields) {
    const value = fields.get(field.name);
    if (value === undefined) {
      problems.push(`field ${quote(field.name)} is missing`);
      continue;
    }
    const answer = read(field, value, levels, problems);
    const placed = placeAnswer(responses, rubric, field, answer);
    const head = field.name.slice(0, field.name.indexOf('.'));
    placements.set(field.name, placed === 'placed' ? head : placed);
    if (placed === 'gone') gone.add(field.item!);
    if (field.item !== undefined && answer !== null && answer !== false) answered.add(field.item);
  }
  for (const [name, value] of fields)
    if (value.kind === 'invalid' && !listed.has(name)) problems.push(`field ${quote(name)}: ${value.reason}`);
  if (problems.length > 0) throw rejectInput(file, summarise(problems));
  const lost = [...gone].filter((item) => answered.has(item));
  if (lost.length > 0)
    throw rejectInput(
      file,
      `answers ${lost.length === 1 ? 'an item' : 'items'} that ${rubric.id} edition ${quote(rubric.edition.label)} no longer has: ${list(lost)}; read it with the rubric it was made from (--rubric OLD.yaml) or map the items with a crosswalk`,
    );
  const notes = [...input.form.notes, ...schemeNotes(responses, manifest, rubric, fields, placements)];
  const warnings = revisionNotes(manifest, rubric, input.hash, gone);
  return { responses: tidy(responses), notes, warnings };
}

function read(field: ManifestField, value: FilledValue, levels: Set<string>, problems: string[]): Answer {
  if (field.name.endsWith('.rating') && field.item !== undefined)
    return rating(field.name, value, levels, problems);
  if (field.kind === 'checkbox' && value.kind === 'checkbox') return value.checked;
  if (field.kind === 'choice' && value.kind === 'choice') {
    if (value.selected.length > 1) {
      problems.push(`field ${quote(field.name)}: ${value.selected.length} options ticked; tick one`);
      return null;
    }
    return value.selected[0] ?? null;
  }
  return text(field.name, value, field.kind === 'date', problems);
}

/**
 * Fields of the rubric's scheme the worksheet does not have become unanswered (null), and both those and
 * the fields the worksheet adds are named, so nothing is silently left out or ignored.
 */
function schemeNotes(
  responses: Responses,
  manifest: FieldManifest,
  rubric: Rubric,
  fields: Map<string, FilledValue>,
  placements: Map<string, string>,
): string[] {
  const scheme = rubricFields(rubric, manifest.kind);
  const listed = new Set(manifest.fields.map((f) => f.name));
  const dropped = scheme.filter((name) => !listed.has(name));
  for (const name of dropped)
    placeAnswer(responses, rubric, { name, kind: 'text', label: name, item: itemOf(name) }, null);
  const known = new Set(scheme);
  // Answers to items the rubric no longer has are reported with the revision warnings instead.
  const added = manifest.fields.filter((f) => !known.has(f.name) && placements.get(f.name) !== 'gone');
  const notes: string[] = [];
  if (dropped.length > 0)
    notes.push(
      `the worksheet has no field for ${count(dropped, 'field')} of the rubric: ${names(dropped)} (unanswered)`,
    );
  if (added.length > 0) {
    const where = added.map((f) => `${f.name} (under ${UNDER[placements.get(f.name) ?? ''] ?? 'items'})`);
    notes.push(`kept ${count(added, 'field')} the worksheet's template added: ${names(where)}`);
  }
  const unlisted = [...fields.keys()].filter((name) => !listed.has(name));
  if (unlisted.length > 0)
    notes.push(`${count(unlisted, 'field')} not in the worksheet's manifest ignored: ${names(unlisted)}`);
  return notes;
}

/** Where an added field's answer went, by its name's head (see placeAnswer). */
const UNDER: Record<string, string> = {
  extra: 'extra',
  context: 'context',
  respondent: 'respondent',
  reflection: 'reflections',
};

function itemOf(name: string): string | undefined {
  if (name.startsWith('reflection.')) return name;
  if (name.startsWith('context.') || name.startsWith('respondent.')) return undefined;
  return name.slice(0, name.lastIndexOf('.'));
}

function count(list: unknown[], what: string): string {
  return `${list.length} ${what}${list.length === 1 ? '' : 's'}`;
}

function names(list: string[]): string {
  const shown = list.slice(0, 5).map((n) => quote(n, 60).slice(1, -1));
  return list.length > 5 ? `${shown.join(', ')} and ${list.length - 5} more` : shown.join(', ');
}

/** The usual key order, leaving out empty parts (an action plan has no ratings, a self-assessment no reflections). */
function tidy(responses: Responses): Responses {
  const { rubric, edition, rubricHash, kind, respondent, context, source, items, reflections, extra } =
    responses;
  const some = (record: object | undefined) => record !== undefined && Object.keys(record).length > 0;
  return {
    rubric,
    edition,
    ...(rubricHash ? { rubricHash } : {}),
    ...(kind ? { kind } : {}),
    ...(some(respondent) ? { respondent } : {}),
    ...(some(context) ? { context } : {}),
    ...(source ? { source } : {}),
    items,
    ...(some(reflections) ? { reflections } : {}),
    ...(some(extra) ? { extra } : {}),
  };
}
