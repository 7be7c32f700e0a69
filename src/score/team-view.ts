import type { Rubric } from '../rubric/rubric.generated.js';
import { itemRef } from './ingredient-scores.js';
import type { DiscussItem, ItemScore, TeamView } from './report.js';
import { round3 } from './statistics.js';

/** Spread (in levels) from which an item is listed for the team to discuss. */
export const DISCUSS_SPREAD = 2;

/**
 * How far a team agrees, for two or more respondents: the items whose scored answers lie two or more levels
 * apart (most divergent first, then in printed order), and per ingredient the share of its items, among
 * those with at least two scored answers, whose spread is at most one level.
 */
export function teamView(rubric: Rubric, items: readonly ItemScore[], respondents: number): TeamView | null {
  if (respondents < 2) return null;
  const toDiscuss = items
    .map((item, position) => ({ item, position }))
    .filter(({ item }) => item.spread !== null && item.spread >= DISCUSS_SPREAD)
    .sort((a, b) => b.item.spread! - a.item.spread! || a.position - b.position)
    .map(({ item }): DiscussItem => ({ ...itemRef(item), median: item.median, spread: item.spread! }));
  const agreement = rubric.sections.map((section) => {
    const compared = items.filter((i) => i.ingredient === section.id && i.spread !== null);
    const close = compared.filter((i) => i.spread! <= 1).length;
    return {
      id: section.id,
      title: section.title,
      compared: compared.length,
      agreement: compared.length === 0 ? null : round3(close / compared.length),
    };
  });
  return { respondents, toDiscuss, agreement };
}
