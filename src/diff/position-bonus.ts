/** Where an item stands: its ingredient (the index of the ingredient pair, equal on both sides when the
 * ingredients correspond) and its place in it, from 0 (first) to 1 (last). */
export interface ItemPlace {
  section?: number;
  place?: number;
}

/** Most the position can add to a pair's wording similarity: the same place in the same ingredient. */
export const POSITION_WEIGHT = 0.12;
/** The bonus falls to nothing this many times faster than the places part (2: half an ingredient apart). */
export const FALLOFF = 2;
/** Below this wording similarity the position adds nothing: two unrelated items never pair by place alone. */
export const MIN_WORDING = 0.1;

/**
 * What the position of two items adds to the evidence that they are one item: editors tend to keep an
 * item in its ingredient and near its old place, so a weakly similar pair in the same ingredient at the
 * same place is likelier the same item than one across the rubric.
 */
export function positionBonus(a: ItemPlace, b: ItemPlace, wording: number): number {
  if (a.section === undefined || a.section !== b.section || wording < MIN_WORDING) return 0;
  return POSITION_WEIGHT * Math.max(0, 1 - FALLOFF * Math.abs((a.place ?? 0) - (b.place ?? 0)));
}
