import type { Report, ReportContext } from './report.js';
import { round3 } from './statistics.js';

/** A change of this many scale points or more in an item's mean is listed as moved (two levels). */
export const MOVED_LEVELS = 2;

/** `score --baseline`: the same edition rated in an earlier round, and how each mean changed. */
export interface RoundComparison {
  before: { respondents: number; context: ReportContext };
  now: { respondents: number };
  overall: MeanChange;
  ingredients: (MeanChange & { id: string; title: string })[];
  items: (MeanChange & { id: string; ingredient: string; number: number; text: string })[];
  /** Items whose mean moved two levels or more, up or down, the largest move first; ids. */
  moved: string[];
}

export interface MeanChange {
  before: number | null;
  now: number | null;
  /** now − before; null when either side has nothing scored. */
  change: number | null;
}

/** Compares the report of this round with the report of the baseline round (the same rubric edition). */
export function compareRounds(now: Report, before: Report): RoundComparison {
  const raters = (r: Report) => r.respondents.filter((p) => p.rater).length;
  const beforeIngredients = new Map(before.ingredients.map((i) => [i.id, i.mean]));
  const beforeItems = new Map(before.items.map((i) => [i.id, i.mean]));
  const items = now.items.map((item) => ({
    id: item.id,
    ingredient: item.ingredient,
    number: item.number,
    text: item.text,
    ...change(beforeItems.get(item.id) ?? null, item.mean),
  }));
  const moved = items
    .map((item, position) => ({ item, position }))
    .filter(({ item }) => item.change !== null && Math.abs(item.change) >= MOVED_LEVELS)
    .sort((a, b) => Math.abs(b.item.change!) - Math.abs(a.item.change!) || a.position - b.position)
    .map(({ item }) => item.id);
  return {
    before: { respondents: raters(before), context: before.context },
    now: { respondents: raters(now) },
    overall: change(before.overall.mean, now.overall.mean),
    ingredients: now.ingredients.map((i) => ({
      id: i.id,
      title: i.title,
      ...change(beforeIngredients.get(i.id) ?? null, i.mean),
    })),
    items,
    moved,
  };
}

function change(before: number | null, now: number | null): MeanChange {
  return { before, now, change: before === null || now === null ? null : round3(now - before) };
}
