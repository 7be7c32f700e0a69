import type { Section } from '../rubric/rubric.generated.js';

/** Indexes of an old and a new section that correspond; one side is null for added or removed sections. */
export type SectionPair = [number | null, number | null];

/**
 * Pairs the ingredients of two rubrics: by id first, then, among those left, by title (ignoring case,
 * punctuation and spacing). Pairs come in the new rubric's order, removed sections last.
 */
export function alignSections(older: readonly Section[], newer: readonly Section[]): SectionPair[] {
  const oldFor = new Map<number, number>();
  const taken = new Set<number>();
  const match = (key: (s: Section) => string) => {
    newer.forEach((section, j) => {
      if (oldFor.has(j)) return;
      const i = older.findIndex((o, k) => !taken.has(k) && key(o) === key(section));
      if (i < 0) return;
      oldFor.set(j, i);
      taken.add(i);
    });
  };
  match((s) => s.id);
  match((s) =>
    s.title
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  );
  const pairs: SectionPair[] = newer.map((_, j) => [oldFor.get(j) ?? null, j]);
  older.forEach((_, i) => {
    if (!taken.has(i)) pairs.push([i, null]);
  });
  return pairs;
}
