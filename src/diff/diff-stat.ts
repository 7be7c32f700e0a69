import { ITEM_KINDS, type KindCounts, type RubricDiff } from './types.js';

/** A zero count for every kind, keys in the fixed order of ITEM_KINDS. */
export function emptyCounts(): KindCounts {
  return Object.fromEntries(ITEM_KINDS.map((k) => [k, 0])) as KindCounts;
}

/**
 * Counts item changes per kind, overall and per ingredient (the new ingredient, or the old one for removed
 * items). An item counts under its headline kind and under each other aspect that changed.
 */
export function diffStat(
  diff: Omit<RubricDiff, 'stat' | 'identical'>,
  ingredients: readonly { id: string; title: string }[],
): RubricDiff['stat'] {
  const items = emptyCounts();
  const rows = ingredients.map((s) => ({ section: s.id, title: s.title, counts: emptyCounts() }));
  const byId = new Map(rows.map((row) => [row.section, row]));
  for (const change of diff.items) {
    const counts = byId.get(change.ingredient)?.counts;
    for (const kind of new Set([change.kind, ...change.aspects])) {
      items[kind]++;
      if (counts) counts[kind]++;
    }
  }
  return {
    items,
    sections: rows,
    metadata: diff.metadata.length,
    scale: diff.scale.length,
    planningColumns: diff.planningColumns.length,
    reflectionPrompts: diff.reflectionPrompts.length,
    sectionChanges: diff.sections.filter((s) => s.kind !== 'unchanged').length,
  };
}
