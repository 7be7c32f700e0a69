import type { Rubric } from '../rubric/rubric.generated.js';
import { flattenFields } from './flatten-fields.js';

/** The parts of a rubric other than its items, each flattened for a field-by-field comparison. */
export interface RubricFields {
  metadata: Map<string, string>;
  scale: Map<string, string>;
  planningColumns: Map<string, string>;
  reflectionPrompts: Map<string, string>;
}

/**
 * Flattens everything but the items: levels, columns and prompts are keyed by their key or id (so that
 * reordering shows as one `order` change, not as every entry changed), and their order is a field of its own.
 */
export function rubricFields(rubric: Rubric): RubricFields {
  const {
    sections: _sections,
    scale,
    planningColumns,
    reflectionPrompts,
    ...metadata
  } = rubric as Rubric & Record<string, unknown>;
  const keyed = <T>(list: readonly T[] | undefined, key: (x: T) => string, omit: string, prefix = '') => {
    if (!list) return new Map<string, string>();
    const byKey = Object.fromEntries(
      list.map((x) => [key(x), Object.fromEntries(Object.entries(x as object).filter(([k]) => k !== omit))]),
    );
    const fields = flattenFields(byKey, prefix);
    fields.set(prefix ? `${prefix}.order` : 'order', list.map(key).join(', '));
    return fields;
  };
  const { levels, ...scaleRest } = scale;
  return {
    metadata: flattenFields(metadata),
    scale: new Map([...keyed(levels, (l) => l.key, 'key', 'levels'), ...flattenFields(scaleRest)]),
    planningColumns: keyed(planningColumns, (c) => c.key, 'key'),
    reflectionPrompts: keyed(reflectionPrompts, (p) => p.id, 'id'),
  };
}
