import type { Item, Section } from '../rubric/rubric.generated.js';
import type { ItemGroup } from './align-items.js';
import type { SectionPair } from './align-sections.js';
import type { ItemAspect, ItemChange, ItemKind, ItemRef } from './types.js';
import { wordDiff } from './word-diff.js';

/** An item with the index of its section in its rubric. */
export interface PlacedItem {
  item: Item;
  section: Section;
  sectionIndex: number;
}

/** The headline of a kept item is its most visible aspect. */
const ASPECT_ORDER: readonly ItemAspect[] = ['moved', 'renumbered', 'reworded', 'priority'];

/**
 * Turns aligned groups into reported changes: the aspects that changed (reworded, renumbered, moved to
 * another ingredient, priority flag), a headline kind and a word diff. Changes come in the new rubric's
 * order, each removed item at the end of its ingredient.
 */
export function classifyItems(
  groups: readonly ItemGroup[],
  older: readonly PlacedItem[],
  newer: readonly PlacedItem[],
  sectionPairs: readonly SectionPair[],
  ingredients: readonly string[],
): ItemChange[] {
  const pairOfOld = new Map<number, number>();
  const pairOfNew = new Map<number, number>();
  sectionPairs.forEach(([o, n], p) => {
    if (o !== null) pairOfOld.set(o, p);
    if (n !== null) pairOfNew.set(n, p);
  });
  const keyed = groups.map((group) => {
    const olds = group.old.map((i) => older[i]!);
    const news = group.new.map((j) => newer[j]!);
    const sortKey: [number, number] =
      group.new.length > 0
        ? [pairOfNew.get(news[0]!.sectionIndex)!, group.new[0]!]
        : [pairOfOld.get(olds[0]!.sectionIndex)!, newer.length + group.old[0]!];
    const change = describe(group, olds, news, pairOfOld, pairOfNew, ingredients[sortKey[0]]!);
    return { change, sortKey };
  });
  keyed.sort((a, b) => a.sortKey[0] - b.sortKey[0] || a.sortKey[1] - b.sortKey[1]);
  return keyed.map((k) => k.change);
}

function describe(
  group: ItemGroup,
  olds: PlacedItem[],
  news: PlacedItem[],
  pairOfOld: Map<number, number>,
  pairOfNew: Map<number, number>,
  ingredient: string,
): ItemChange {
  const old = olds.map(ref);
  const nu = news.map(ref);
  if (nu.length === 0)
    return { kind: 'removed', ingredient, aspects: [], score: null, old, new: nu, words: [] };
  if (old.length === 0)
    return { kind: 'added', ingredient, aspects: [], score: null, old, new: nu, words: [] };
  const oldText = old.map((r) => r.text).join(' ');
  const newText = nu.map((r) => r.text).join(' ');
  const found = new Set<ItemAspect>();
  if (oldText !== newText) found.add('reworded');
  for (const o of olds)
    for (const n of news) {
      if (pairOfOld.get(o.sectionIndex) !== pairOfNew.get(n.sectionIndex)) found.add('moved');
      else if (olds.length === 1 && news.length === 1 && o.item.number !== n.item.number)
        found.add('renumbered');
      if (Boolean(o.item.priority) !== Boolean(n.item.priority)) found.add('priority');
    }
  const aspects = ASPECT_KEY.filter((a) => found.has(a));
  const kind: ItemKind =
    old.length > 1
      ? 'merged'
      : nu.length > 1
        ? 'split'
        : (ASPECT_ORDER.find((a) => found.has(a)) ?? 'unchanged');
  return { kind, ingredient, aspects, score: group.score, old, new: nu, words: wordDiff(oldText, newText) };
}

/** Aspects are listed in the order of ITEM_KINDS so that JSON output is stable. */
const ASPECT_KEY: readonly ItemAspect[] = ['reworded', 'renumbered', 'moved', 'priority'];

function ref(placed: PlacedItem): ItemRef {
  return {
    id: placed.item.id,
    section: placed.section.id,
    number: placed.item.number,
    text: placed.item.text,
    priority: Boolean(placed.item.priority),
  };
}
