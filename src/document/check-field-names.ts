import type { Rubric } from '../rubric/rubric.generated.js';
import type { Field } from './model.js';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** A field whose name is off the field-name scheme, and why. */
export interface FieldNameProblem {
  field: Field;
  reason: string;
  /** The problem is in the key (after the last dot), not in the name as a whole. */
  inKey?: boolean;
}

/**
 * The first field whose name is off the documented scheme (docs/fields.md): respondent.name/role,
 * context.<key>, reflection.<prompt-id>, extra.<key>, <item-id>.<key>, with ids the rubric has and a
 * rating that is a choice among the scale's keys. Caught at render time, so no worksheet goes out that
 * extract would misread.
 */
export function checkFieldNames(rubric: Rubric, fields: Field[]): FieldNameProblem | undefined {
  const items = new Set(rubric.sections.flatMap((s) => s.items.map((i) => i.id)));
  const prompts = new Set((rubric.reflectionPrompts ?? []).map((p) => p.id));
  const levels = rubric.scale.levels.map((l) => l.key);
  const scheme = '(docs/fields.md)';
  for (const field of fields) {
    const { name } = field;
    const dot = name.lastIndexOf('.');
    const [head, key] = [name.slice(0, dot), name.slice(dot + 1)];
    const off = (why: string) => ({
      field,
      reason: `field name "${name}" is off the field-name scheme: ${why} ${scheme}`,
    });
    if (dot <= 0 || !SLUG.test(key))
      return {
        ...off('a name is <prefix>.<key>, the key in lower-case letters, digits and hyphens'),
        inKey: dot > 0,
      };
    if (head === 'respondent') {
      if (key !== 'name' && key !== 'role')
        return off('the respondent fields are respondent.name and respondent.role');
    } else if (head === 'reflection') {
      if (!prompts.has(key)) return off(`${rubric.id} has no reflection prompt "${key}"`);
    } else if (head !== 'context' && head !== 'extra') {
      if (!items.has(head))
        return off(
          `"${head}" is not an item of ${rubric.id}; use an item id, context.<key>, reflection.<id> or extra.<key>`,
        );
      if (key === 'rating' && field.kind !== 'choice') return off('a rating is a <choice> per scale level');
    }
    if (field.kind === 'choice' && key === 'rating' && !levels.includes(field.value))
      return {
        field,
        reason: `rating option "${field.value}" of ${name} is not a level of the scale; use one of: ${levels.join(', ')}`,
      };
  }
  return undefined;
}
