import type { TextProfile } from './text-profile.js';

/** A word found in more texts than this says little about which texts belong together. */
const MIN_POSTING_CAP = 64;
/** How many of the most promising new texts each old text is compared with in full. */
const CANDIDATES_PER_ITEM = 40;

/**
 * Which (old, new) pairs of texts are worth comparing in full: those that share words that are not
 * everywhere, found through an inverted index so that 2,000 × 2,000 items stay near-linear. For each old
 * text, the new texts sharing the most word weight are kept.
 */
export function candidatePairs(
  older: readonly TextProfile[],
  newer: readonly TextProfile[],
): [number, number][] {
  const index = new Map<string, number[]>();
  newer.forEach((profile, j) => {
    for (const word of profile.words.keys()) {
      const postings = index.get(word);
      if (postings) postings.push(j);
      else index.set(word, [j]);
    }
  });
  const cap = Math.max(MIN_POSTING_CAP, Math.ceil(Math.sqrt(newer.length) * 4));
  const pairs: [number, number][] = [];
  older.forEach((profile, i) => {
    const shared = new Map<number, number>();
    for (const [word, weight] of profile.words) {
      const postings = index.get(word);
      if (!postings || postings.length > cap) continue;
      for (const j of postings) shared.set(j, (shared.get(j) ?? 0) + weight);
    }
    const best = [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES_PER_ITEM);
    for (const [j] of best) pairs.push([i, j]);
  });
  return pairs;
}
