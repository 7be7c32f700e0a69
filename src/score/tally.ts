import type { Tally } from './report.js';
import type { ScaleInfo } from './scale-levels.js';
import { round3 } from './statistics.js';

/** Counts, completion, distribution and mean of a set of ratings (level keys; null = unanswered). */
export function tally(ratings: Iterable<string | null>, scale: ScaleInfo): Tally {
  // Counted by level position rather than in a Map, and one lookup a rating: this runs for every
  // respondent and ingredient. The position and value maps have the same keys (the levels').
  const counts = scale.keys.map(() => 0);
  const { position, valueAt } = scale;
  let sum = 0;
  let scored = 0;
  let notScored = 0;
  let unanswered = 0;
  for (const rating of ratings) {
    if (rating === null) {
      unanswered++;
      continue;
    }
    const at = position.get(rating);
    const value = at === undefined ? null : valueAt[at]!;
    if (at !== undefined) counts[at]!++;
    if (value === null) notScored++;
    else {
      sum += value;
      scored++;
    }
  }
  const answered = scored + notScored;
  const total = answered + unanswered;
  return {
    mean: scored === 0 ? null : round3(sum / scored),
    scored,
    notScored,
    unanswered,
    completion: total === 0 ? 0 : round3(answered / total)!,
    distribution: scale.keys.map((key, k) => ({ key, count: counts[k]! })),
  };
}
