import type { Rubric } from '../rubric/rubric.generated.js';
import type { IngredientScore, ItemRef, ItemScore } from './report.js';
import type { ScaleInfo } from './scale-levels.js';
import { tally } from './tally.js';

/**
 * Per ingredient: the tally of every answer to its items (all respondents pooled), and its strongest and
 * weakest items by mean: up to three each, never the same item in both.
 */
export function ingredientScores(
  rubric: Rubric,
  items: readonly ItemScore[],
  scale: ScaleInfo,
): IngredientScore[] {
  return rubric.sections.map((section) => {
    const own = items.filter((i) => i.ingredient === section.id);
    const { strongest, weakest } = extremes(own);
    return {
      id: section.id,
      title: section.title,
      items: own.length,
      ...tally(
        own.flatMap((i) => i.answers.map((a) => a.rating)),
        scale,
      ),
      strongest,
      weakest,
    };
  });
}

/**
 * Items with a mean, best first and worst first; k = min(3, ⌊n/2⌋), or the one item when n = 1. Ties
 * never put an item among both or show equal means on both sides: the strongest lie above the lowest
 * mean and the weakest below the lowest of the strongest, so when every mean is equal neither is listed.
 */
export function extremes(items: readonly ItemScore[]): { strongest: ItemRef[]; weakest: ItemRef[] } {
  const rated = items.filter((i) => i.mean !== null);
  if (rated.length === 1) return { strongest: [itemRef(rated[0]!)], weakest: [] };
  const k = Math.min(3, Math.floor(rated.length / 2));
  const ordered = (sign: number) =>
    rated
      .map((item, position) => ({ item, position }))
      .sort((a, b) => sign * (b.item.mean! - a.item.mean!) || a.position - b.position)
      .map(({ item }) => item);
  const lowest = Math.min(...rated.map((i) => i.mean!));
  const strongest = ordered(1)
    .filter((i) => i.mean! > lowest)
    .slice(0, k);
  const floor = strongest.length === 0 ? lowest : strongest[strongest.length - 1]!.mean!;
  const weakest = ordered(-1)
    .filter((i) => i.mean! < floor)
    .slice(0, k);
  return { strongest: strongest.map(itemRef), weakest: weakest.map(itemRef) };
}

/** The short reference to an item used in lists. */
export function itemRef(item: ItemScore): ItemRef {
  return { id: item.id, number: item.number, text: item.text, mean: item.mean };
}
