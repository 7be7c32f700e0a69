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

/** Items with a mean, best first and worst first; k = min(3, ⌊n/2⌋), or the one item when n = 1. */
export function extremes(items: readonly ItemScore[]): { strongest: ItemRef[]; weakest: ItemRef[] } {
  const rated = items.filter((i) => i.mean !== null);
  const k = rated.length === 1 ? 1 : Math.min(3, Math.floor(rated.length / 2));
  const order = (sign: number, skip: ReadonlySet<string>) =>
    rated
      .map((item, position) => ({ item, position }))
      .filter(({ item }) => !skip.has(item.id))
      .sort((a, b) => sign * (b.item.mean! - a.item.mean!) || a.position - b.position)
      .slice(0, k)
      .map(({ item }) => itemRef(item));
  const strongest = order(1, new Set());
  // Ties could put an item among both; it counts as strong, and the weakest are taken from the rest.
  return { strongest, weakest: rated.length === 1 ? [] : order(-1, new Set(strongest.map((i) => i.id))) };
}

/** The short reference to an item used in lists. */
export function itemRef(item: ItemScore): ItemRef {
  return { id: item.id, number: item.number, text: item.text, mean: item.mean };
}
