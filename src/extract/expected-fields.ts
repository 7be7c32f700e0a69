import { buildDocument, offeredKinds } from '../document/build-document.js';
import { type Field, fieldsOf, type WorksheetKind } from '../document/model.js';
import type { Rubric } from '../rubric/rubric.generated.js';
import type { FilledForm } from './filled-form.js';
import { quote, rejectInput } from './input-error.js';

/** The worksheet kind a document is, and the fields its template has, in document order. */
export interface ExpectedFields {
  kind: WorksheetKind;
  fields: Field[];
}

/**
 * The fields the document should have, from the same model the writers render: the kind the document
 * records (rubricate.kind), else the offered kind that fits it (by field names, or by control count when
 * the controls are untagged).
 */
export function expectedFields(file: string, rubric: Rubric, hash: string, form: FilledForm): ExpectedFields {
  const offered = offeredKinds(rubric);
  const recorded = form.metadata.get('rubricate.kind');
  if (recorded !== undefined) {
    if (!offered.includes(recorded as WorksheetKind))
      throw rejectInput(
        file,
        `records the worksheet kind ${quote(recorded)}, which ${rubric.id} does not offer`,
      );
    return { kind: recorded as WorksheetKind, fields: fieldsFor(rubric, hash, recorded as WorksheetKind) };
  }
  const candidates = offered
    .map((kind) => ({ kind, fields: fieldsFor(rubric, hash, kind) }))
    .filter((c) => c.fields.length > 0)
    .map((c) => ({ ...c, fit: fitness(c.fields, form) }))
    .sort((a, b) => b.fit - a.fit);
  const best = candidates[0];
  if (!best || best.fit <= 0)
    throw rejectInput(
      file,
      `its fields match no worksheet of ${rubric.id} (and it does not record its kind)`,
    );
  return { kind: best.kind, fields: best.fields };
}

/**
 * The fields of each kind, built once per rubric content (its hash) and kind: extracting 1,000 worksheets
 * of one rubric built the same document model 1,000 times (about a tenth of the extract profile). The
 * arrays are shared, so callers only read them.
 */
const built = new Map<string, Field[]>();

function fieldsFor(rubric: Rubric, hash: string, kind: WorksheetKind): Field[] {
  const key = `${hash}\u0000${kind}`;
  let fields = built.get(key);
  if (!fields) {
    fields = fieldsOf(buildDocument(rubric, { kind }));
    built.set(key, fields);
  }
  return fields;
}

/** How well a document fits a kind: names found (tagged), or 1 for an exact control count (untagged). */
function fitness(fields: Field[], form: FilledForm): number {
  if (form.ordered) return form.ordered.length === fields.length ? 1 : 0;
  return [...new Set(fields.map((f) => f.name))].filter((name) => form.fields.has(name)).length;
}
