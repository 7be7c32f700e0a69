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
  sections: readonly { section: string; title: string; oldSection: string | null }[],
): RubricDiff['stat'] {
  const items = emptyCounts();
  const rows = sections.map((s) => ({ section: s.section, title: s.title, counts: emptyCounts() }));
  const byNew = new Map(rows.map((row) => [row.section, row]));
  const byOld = new Map(sections.map((s, k) => [s.oldSection, rows[k]!]));
  for (const change of diff.items) {
    const row = change.new[0] ? byNew.get(change.new[0].section) : byOld.get(change.old[0]!.section);
    const counts = row?.counts;
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
