import type { ManifestField } from '../document/field-manifest.js';
import type { Responses } from '../responses/responses.generated.js';
import type { Rubric } from '../rubric/rubric.generated.js';

type Answer = string | boolean | null;
/** Where an answer went: its place in the responses, `extra`, or `gone` (its item is not in the rubric). */
export type Placement = 'placed' | 'extra' | 'gone';

const known = new WeakMap<Rubric, { items: Set<string>; columns: Set<string>; prompts: Set<string> }>();

/**
 * Puts one answer where its field name says (docs/fields.md): respondent.name/role, context.<key>,
 * reflection.<prompt-id>, <item-id>.rating/evidence/<planning column>; any other field a template added
 * goes under `extra` by its full name. An item or prompt the rubric does not have is `gone`.
 */
export function placeAnswer(
  responses: Responses,
  rubric: Rubric,
  field: ManifestField,
  answer: Answer,
): Placement {
  const { items, columns, prompts } = rubricIds(rubric);
  const { name } = field;
  const dot = name.lastIndexOf('.');
  const [head, key] = [name.slice(0, dot), name.slice(dot + 1)];
  const text = typeof answer === 'boolean' ? undefined : answer;
  if (text !== undefined && head === 'respondent' && (key === 'name' || key === 'role')) {
    responses.respondent = { ...responses.respondent, [key]: text };
    return 'placed';
  }
  if (text !== undefined && head === 'context') {
    responses.context = { ...responses.context, [key]: text };
    return 'placed';
  }
  if (field.item !== undefined && field.item === name && head === 'reflection') {
    if (!prompts.has(key)) return 'gone';
    if (text !== undefined) {
      responses.reflections = { ...responses.reflections, [key]: text };
      return 'placed';
    }
  } else if (field.item !== undefined && field.item === head) {
    if (!items.has(head)) return 'gone';
    if (text !== undefined && (key === 'rating' || key === 'evidence' || columns.has(key))) {
      responses.items[head] = { ...responses.items[head], [key]: text };
      return 'placed';
    }
  }
  responses.extra = { ...responses.extra, [name]: answer };
  return 'extra';
}

function rubricIds(rubric: Rubric) {
  let ids = known.get(rubric);
  if (!ids) {
    ids = {
      items: new Set(rubric.sections.flatMap((s) => s.items.map((i) => i.id))),
      columns: new Set((rubric.planningColumns ?? []).map((c) => c.key)),
      prompts: new Set((rubric.reflectionPrompts ?? []).map((p) => p.id)),
    };
    known.set(rubric, ids);
  }
  return ids;
}
