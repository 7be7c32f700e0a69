import type { Rubric } from '../rubric/rubric.generated.js';
import type { Crosswalk, CrosswalkEntry } from './crosswalk.js';

/** Ratings per item id: the scale values given by the respondents; null for a non-scored answer (Don't know). */
export type RatingsByItem = ReadonlyMap<string, readonly (number | null)[]>;

/** How the ratings of one aligned entry (old item(s) → new item(s)) changed. */
export interface AlignedComparison {
  kind: CrosswalkEntry['kind'];
  old: string[];
  new: string[];
  /** The new ingredient the entry is counted under (that of its first new item). */
  ingredient: string;
  oldMean: number | null;
  newMean: number | null;
  /** newMean − oldMean; null when either side has no scored rating. */
  change: number | null;
  oldRatings: number;
  newRatings: number;
}

/** The change per new ingredient, over its aligned entries (each entry weighs the same). */
export interface IngredientComparison {
  ingredient: string;
  title: string;
  /** Aligned entries with scored ratings on both sides. */
  compared: number;
  oldMean: number | null;
  newMean: number | null;
  change: number | null;
}

/** An item with no counterpart in the other edition, with its own mean rating. */
export interface UnalignedItem {
  id: string;
  section: string;
  text: string;
  mean: number | null;
  ratings: number;
}

export interface EditionComparison {
  old: { rubric: string; edition: string };
  new: { rubric: string; edition: string };
  /** False when the two scales differ in keys or values: means are then on different scales. */
  scalesComparable: boolean;
  ingredients: IngredientComparison[];
  items: AlignedComparison[];
  /** Items added or removed in the crosswalk, or left out of it: listed, never dropped. */
  unaligned: { old: UnalignedItem[]; new: UnalignedItem[] };
}

/**
 * Compares a district's ratings across two editions through a crosswalk: per aligned entry (a split item's
 * old ratings against the pooled ratings of its parts, and the reverse for merges) and per new ingredient,
 * the mean rating before and after. Items without a counterpart are listed with their own means. Pure.
 */
export function compareAcrossEditions(
  crosswalk: Crosswalk,
  older: Rubric,
  newer: Rubric,
  oldRatings: RatingsByItem,
  newRatings: RatingsByItem,
): EditionComparison {
  const sectionOfNew = new Map(newer.sections.flatMap((s) => s.items.map((i) => [i.id, s.id] as const)));
  const aligned = crosswalk.items.filter((e) => e.old.length > 0 && e.new.length > 0);
  // Means stay unrounded until reported, so that ingredient means do not compound rounding.
  const raw = aligned.map((entry) => {
    const before = pooled(entry.old, oldRatings);
    const after = pooled(entry.new, newRatings);
    return { entry, before, after, oldMean: mean(before), newMean: mean(after) };
  });
  const items = raw.map(
    ({ entry, before, after, oldMean, newMean }): AlignedComparison => ({
      kind: entry.kind,
      old: [...entry.old],
      new: [...entry.new],
      ingredient: sectionOfNew.get(entry.new[0]!) ?? '',
      oldMean: round(oldMean),
      newMean: round(newMean),
      change: difference(oldMean, newMean),
      oldRatings: before.length,
      newRatings: after.length,
    }),
  );
  const ingredients = newer.sections.map((section): IngredientComparison => {
    const both = raw.filter(
      (r, k) => items[k]!.ingredient === section.id && r.oldMean !== null && r.newMean !== null,
    );
    const oldMean = mean(both.map((r) => r.oldMean!));
    const newMean = mean(both.map((r) => r.newMean!));
    return {
      ingredient: section.id,
      title: section.title,
      compared: both.length,
      oldMean: round(oldMean),
      newMean: round(newMean),
      change: difference(oldMean, newMean),
    };
  });
  const alignedIds = (side: 'old' | 'new') => new Set(aligned.flatMap((e) => e[side]));
  return {
    old: { rubric: older.id, edition: older.edition.label },
    new: { rubric: newer.id, edition: newer.edition.label },
    scalesComparable: sameScale(older, newer),
    ingredients,
    items,
    unaligned: {
      old: unaligned(older, alignedIds('old'), oldRatings),
      new: unaligned(newer, alignedIds('new'), newRatings),
    },
  };
}

function pooled(ids: readonly string[], ratings: RatingsByItem): number[] {
  return ids.flatMap((id) => (ratings.get(id) ?? []).filter((r): r is number => typeof r === 'number'));
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function difference(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : round(after - before);
}

/** Three decimals, so that reports and JSON are stable. */
function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 1000;
}

function unaligned(rubric: Rubric, aligned: ReadonlySet<string>, ratings: RatingsByItem): UnalignedItem[] {
  return rubric.sections.flatMap((s) =>
    s.items
      .filter((i) => !aligned.has(i.id))
      .map((i) => {
        const scored = pooled([i.id], ratings);
        return { id: i.id, section: s.id, text: i.text, mean: round(mean(scored)), ratings: scored.length };
      }),
  );
}

function sameScale(older: Rubric, newer: Rubric): boolean {
  const key = (r: Rubric) =>
    r.scale.levels
      .map((l) => `${l.key}=${l.value}`)
      .sort()
      .join(',');
  return key(older) === key(newer);
}
