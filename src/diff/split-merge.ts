import type { ItemGroup } from './align-items.js';
import { candidatePairs } from './candidate-pairs.js';
import { containment } from './similarity.js';
import type { TextProfile } from './text-profile.js';

/** A leftover item is a part of another when at least this share of its word weight is found there. */
const PART_CONTAINMENT = 0.55;
/** …and when at least this share of its word weight explains wording of the other item not yet explained. */
const MIN_NOVELTY = 0.2;

type Side = 'old' | 'new';
/** What the place of an old and a new item adds to the evidence that one is part of the other. */
export type Nearness = (oldIndex: number, newIndex: number, share: number) => number;

/**
 * Extends one-to-one matches with the items left over: a leftover new item that is clearly a part of an
 * old item joins it (split), a leftover old item that is clearly part of a new item joins it (merge). An
 * old item with no match can still split into two or more leftover new items that together cover it.
 */
export function findSplitsAndMerges(
  matches: readonly ItemGroup[],
  oldProfiles: readonly TextProfile[],
  newProfiles: readonly TextProfile[],
  threshold: number,
  scoreGroup: (old: readonly number[], nu: readonly number[]) => number,
  near: Nearness = () => 0,
): ItemGroup[] {
  const groups = matches.map((g) => ({ ...g, old: [...g.old], new: [...g.new] }));
  const score = (whole: Side) => (w: number, parts: readonly number[]) =>
    whole === 'old' ? scoreGroup([w], parts) : scoreGroup(parts, [w]);
  attachParts(groups, 'old', oldProfiles, newProfiles, threshold, score('old'), near);
  attachParts(groups, 'new', newProfiles, oldProfiles, threshold, score('new'), (n, o, share) =>
    near(o, n, share),
  );
  return groups;
}

/** Attaches leftover items of the other side to the groups whose `whole` side holds one item that contains them. */
function attachParts(
  groups: ItemGroup[],
  whole: Side,
  wholeProfiles: readonly TextProfile[],
  partProfiles: readonly TextProfile[],
  threshold: number,
  score: (w: number, parts: readonly number[]) => number,
  near: Nearness,
): void {
  const part: Side = whole === 'old' ? 'new' : 'old';
  const used = (side: Side) => new Set(groups.flatMap((g) => g[side]));
  const usedParts = used(part);
  const usedWholes = used(whole);
  const leftovers = partProfiles.map((_, k) => k).filter((k) => !usedParts.has(k));
  if (leftovers.length === 0) return;
  // For each leftover part, the whole that contains the largest share of it (a near place breaking
  // near-ties: "cabinet-level team … building the capacity of schools" is part of the cabinet item, not
  // of the capacity-building one further down).
  const bestWhole = new Map<number, { w: number; share: number }>();
  const pairs = candidatePairs(
    leftovers.map((k) => partProfiles[k]!),
    wholeProfiles,
  );
  for (const [l, w] of pairs) {
    const k = leftovers[l]!;
    const found = containment(partProfiles[k]!, wholeProfiles[w]!);
    const share = found + near(w, k, found);
    const best = bestWhole.get(k);
    if (share >= PART_CONTAINMENT && (!best || share > best.share)) bestWhole.set(k, { w, share });
  }
  const partsOf = new Map<number, { k: number; share: number }[]>();
  for (const [k, { w, share }] of bestWhole) partsOf.set(w, [...(partsOf.get(w) ?? []), { k, share }]);
  const groupOf = new Map<number, ItemGroup>();
  for (const g of groups) if (g[whole].length === 1 && g[part].length >= 1) groupOf.set(g[whole][0]!, g);
  for (const [w, candidates] of [...partsOf].sort((a, b) => a[0] - b[0])) {
    const group = groupOf.get(w) ?? (usedWholes.has(w) ? undefined : { old: [], new: [], score: null });
    if (!group) continue;
    if (group[whole].length === 0) group[whole].push(w);
    const chosen = [...group[part]];
    candidates.sort((a, b) => b.share - a.share || a.k - b.k);
    for (const { k } of candidates) {
      const before = coverage(
        wholeProfiles[w]!,
        chosen.map((c) => partProfiles[c]!),
      );
      const after = coverage(
        wholeProfiles[w]!,
        [...chosen, k].map((c) => partProfiles[c]!),
      );
      const novelty = ((after - before) * wholeProfiles[w]!.wordTotal) / partProfiles[k]!.wordTotal;
      if (novelty + near(w, k, 1) >= MIN_NOVELTY) chosen.push(k);
    }
    const isNew = !groupOf.has(w);
    // The parts together must resemble the whole as a match would, and better than the match alone.
    const joined = chosen.length < 2 ? 0 : score(w, chosen) + lift(w, group[part], chosen, near);
    if (joined < threshold || (group.score !== null && joined < group.score)) continue;
    group[part] = chosen.sort((a, b) => a - b);
    if (isNew) groups.push(group);
  }
}

/**
 * A split's parts usually stand next to each other where the whole stood: when every new part sits next
 * to another part, in the whole's ingredient, the parts' place counts as a one-to-one match's does.
 */
function lift(w: number, before: readonly number[], chosen: readonly number[], near: Nearness): number {
  const added = chosen.filter((k) => !before.includes(k));
  const inPlace = (k: number) => near(w, k, 1) > 0;
  const contiguous = added.every(
    (k) => inPlace(k) && chosen.some((c) => Math.abs(c - k) === 1 && inPlace(c)),
  );
  return added.length > 0 && contiguous ? Math.min(...added.map((k) => near(w, k, 1))) : 0;
}

/** Share of the whole's word weight found in the parts taken together. */
function coverage(whole: TextProfile, parts: readonly TextProfile[]): number {
  if (whole.wordTotal === 0) return 0;
  let found = 0;
  for (const [word, weight] of whole.words) {
    let available = 0;
    for (const p of parts) available += p.words.get(word) ?? 0;
    found += Math.min(weight, available);
  }
  return found / whole.wordTotal;
}
