import type { RubricDiff } from './types.js';

/** The documented JSON form (schema/diff.schema.json): keys in a fixed order, two-space indentation. */
export function renderJson(diff: RubricDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
