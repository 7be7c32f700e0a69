import { candidatePairs } from './candidate-pairs.js';
import { type ItemPlace, positionBonus } from './position-bonus.js';
import { similarity } from './similarity.js';
import { findSplitsAndMerges } from './split-merge.js';
import { type TextProfile, textProfile, wordRarity } from './text-profile.js';
import { tokenize } from './tokenize.js';

/** What alignment needs to know of an item: id, wording and (optionally) where it stands. */
export interface AlignableItem extends ItemPlace {
  id: string;
  text: string;
}

/** Old items (by index) that correspond to new items (by index), with the similarity of their wording. */
export interface ItemGroup {
  old: number[];
  new: number[];
  /** Similarity of the old wording to the new wording (joined, for splits and merges); null when one side is empty. */
  score: number | null;
}

/** Ranking bonus for a pair that shares its id: ids break ties between equally similar wordings, no more. */
const SAME_ID_BONUS = 0.05;

/**
 * Aligns the items of two rubrics by wording across the whole rubric. Every pair whose similarity reaches
 * the threshold is a candidate; the most similar pairs are matched first (greedy best-first), a shared id
 * only breaking near-ties, because ids are positional in many rubrics. Remaining items that are clearly
 * part of a matched or unmatched item become splits and merges; the rest are added or removed.
 */
export function alignItems(
  older: readonly AlignableItem[],
  newer: readonly AlignableItem[],
  threshold: number,
): ItemGroup[] {
  const oldTokens = older.map((item) => tokenize(item.text));
  const newTokens = newer.map((item) => tokenize(item.text));
  const rarity = wordRarity([...oldTokens, ...newTokens]);
  const profile = (tokens: string[]): TextProfile => textProfile(tokens, rarity);
  const oldProfiles = oldTokens.map(profile);
  const newProfiles = newTokens.map(profile);

  const scored = exactPairs(older, newer)
    .concat(candidatePairs(oldProfiles, newProfiles))
    .map(([i, j]) => {
      const wording = similarity(oldProfiles[i]!, newProfiles[j]!);
      const score = Math.min(1, round(wording + positionBonus(older[i]!, newer[j]!, wording)));
      const bonus = older[i]!.id === newer[j]!.id ? SAME_ID_BONUS : 0;
      return { i, j, wording, score, rank: score + bonus };
    })
    .filter((pair) => pair.score >= threshold)
    .sort((a, b) => b.rank - a.rank || a.i - b.i || a.j - b.j);

  const oldTaken = new Set<number>();
  const newTaken = new Set<number>();
  const groups: ItemGroup[] = [];
  // Splits and merges are weighed on wording alone; a pair kept one-to-one reports its position too.
  const pairScore = new Map<string, number>();
  for (const { i, j, wording, score } of scored) {
    if (oldTaken.has(i) || newTaken.has(j)) continue;
    oldTaken.add(i);
    newTaken.add(j);
    groups.push({ old: [i], new: [j], score: wording });
    pairScore.set(`${i} ${j}`, score);
  }
  const joined = (tokenLists: string[][], members: readonly number[]) =>
    profile(members.flatMap((k) => tokenLists[k]!));
  const scoreGroup = (o: readonly number[], n: readonly number[]) =>
    similarity(joined(oldTokens, o), joined(newTokens, n));
  const extended = findSplitsAndMerges(
    groups,
    oldProfiles,
    newProfiles,
    threshold,
    scoreGroup,
    (i, j, share) => positionBonus(older[i]!, newer[j]!, share),
  ).map((group) =>
    group.old.length > 1 || group.new.length > 1
      ? { ...group, score: scoreGroup(group.old, group.new) }
      : { ...group, score: pairScore.get(`${group.old[0]} ${group.new[0]}`) ?? group.score },
  );
  const grouped = (side: 'old' | 'new') => new Set(extended.flatMap((group) => group[side]));
  const oldGrouped = grouped('old');
  const newGrouped = grouped('new');
  older.forEach((_, i) => {
    if (!oldGrouped.has(i)) extended.push({ old: [i], new: [], score: null });
  });
  newer.forEach((_, j) => {
    if (!newGrouped.has(j)) extended.push({ old: [], new: [j], score: null });
  });
  return extended;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Identical texts are always compared, whatever the inverted index keeps. */
function exactPairs(older: readonly AlignableItem[], newer: readonly AlignableItem[]): [number, number][] {
  const byText = new Map<string, number[]>();
  newer.forEach((item, j) => {
    byText.set(item.text, [...(byText.get(item.text) ?? []), j]);
  });
  return older.flatMap((item, i) => (byText.get(item.text) ?? []).map((j): [number, number] => [i, j]));
}
