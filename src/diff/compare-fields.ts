import type { FieldChange } from './types.js';
import { wordDiff } from './word-diff.js';

/**
 * The fields that differ between two flattened values: changed and added fields in the new value's
 * order, then removed fields in the old value's order, each with a word diff.
 */
export function compareFields(
  older: ReadonlyMap<string, string>,
  newer: ReadonlyMap<string, string>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, value] of newer) {
    const before = older.get(field);
    if (before === value) continue;
    changes.push({ field, old: before ?? null, new: value, words: wordDiff(before ?? '', value) });
  }
  for (const [field, value] of older) {
    if (!newer.has(field)) changes.push({ field, old: value, new: null, words: wordDiff(value, '') });
  }
  return changes;
}
