import type { Rubric } from '../rubric/rubric.generated.js';

/** What scoring needs to know about a rubric's scale. */
export interface ScaleInfo {
  /** Scale value per level key; null for a level that is not scored (Don't know). */
  value: ReadonlyMap<string, number | null>;
  /** Position of each scored level counted from the highest value, for spreads measured in levels. */
  rank: ReadonlyMap<string, number>;
  keys: string[];
  /** Position of each level key in the scale. */
  position: ReadonlyMap<string, number>;
  /** The scale value of the level key at each position (value.get(keys[k])), for tallies. */
  valueAt: readonly (number | null)[];
  min: number;
  max: number;
}

/** Values and ranks of a rubric's scale levels. */
export function scaleLevels(rubric: Rubric): ScaleInfo {
  const levels = rubric.scale.levels;
  const value = new Map(levels.map((l) => [l.key, l.value] as const));
  const scored = [...new Set(levels.flatMap((l) => (l.value === null ? [] : [l.value])))].sort(
    (a, b) => b - a,
  );
  const rank = new Map(
    levels.flatMap((l) => (l.value === null ? [] : [[l.key, scored.indexOf(l.value)] as const])),
  );
  return {
    value,
    rank,
    keys: levels.map((l) => l.key),
    position: new Map(levels.map((l, k) => [l.key, k] as const)),
    valueAt: levels.map((l) => value.get(l.key) ?? null),
    min: scored.length > 0 ? scored[scored.length - 1]! : 0,
    max: scored.length > 0 ? scored[0]! : 0,
  };
}
