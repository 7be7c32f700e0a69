import type { TextProfile } from './text-profile.js';

/** Share of the score that comes from single words; the rest comes from neighbouring pairs (order). */
const WORD_SHARE = 0.6;

/**
 * How alike two texts are, from 0 (nothing shared) to 1 (same words in the same order): weighted Dice
 * overlap of their words and of their neighbouring word pairs.
 */
export function similarity(a: TextProfile, b: TextProfile): number {
  const words = dice(a.words, b.words, a.wordTotal + b.wordTotal);
  const noPairs = a.pairTotal + b.pairTotal === 0;
  const pairs = noPairs ? words : dice(a.pairs, b.pairs, a.pairTotal + b.pairTotal);
  return round(WORD_SHARE * words + (1 - WORD_SHARE) * pairs);
}

/** How much of `part` (by word weight) is found in `whole`, from 0 to 1: used to recognise splits and merges. */
export function containment(part: TextProfile, whole: TextProfile): number {
  if (part.wordTotal === 0) return 0;
  return round(overlap(part.words, whole.words) / part.wordTotal);
}

function dice(a: Map<string, number>, b: Map<string, number>, total: number): number {
  return total === 0 ? 1 : (2 * overlap(a, b)) / total;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [key, weight] of small) {
    const other = large.get(key);
    if (other !== undefined) shared += Math.min(weight, other);
  }
  return shared;
}

/** Scores are reported with three decimals so that JSON output is stable across platforms. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
