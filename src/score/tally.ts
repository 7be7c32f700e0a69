import type { Tally } from './report.js';
import type { ScaleInfo } from './scale-levels.js';
import { mean, round3 } from './statistics.js';

/** Counts, completion, distribution and mean of a set of ratings (level keys; null = unanswered). */
export function tally(ratings: readonly (string | null)[], scale: ScaleInfo): Tally {
  const counts = new Map(scale.keys.map((k) => [k, 0]));
  const values: number[] = [];
  let notScored = 0;
  let unanswered = 0;
  for (const rating of ratings) {
    if (rating === null) {
      unanswered++;
      continue;
    }
    counts.set(rating, (counts.get(rating) ?? 0) + 1);
    const value = scale.value.get(rating);
    if (value === null || value === undefined) notScored++;
    else values.push(value);
  }
  const answered = values.length + notScored;
  return {
    mean: round3(mean(values)),
    scored: values.length,
    notScored,
    unanswered,
    completion: ratings.length === 0 ? 0 : round3(answered / ratings.length)!,
    distribution: scale.keys.map((key) => ({ key, count: counts.get(key) ?? 0 })),
  };
}
