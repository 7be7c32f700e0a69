import type { Report, Rollup } from './report.js';
import { mean, round3 } from './statistics.js';

/** How many items with the most Don't know answers the roll-up lists. */
export const DATA_GAPS = 10;

/**
 * The roll-up across groups: each group's overall and ingredient means, completion and respondents side
 * by side; every ingredient with the mean of the groups' means (each group weighing the same) and the
 * number of groups where it is the lowest, weakest first; and the items answered Don't know most often.
 */
export function rollup(groups: readonly { label: string; report: Report }[]): Rollup {
  const rows = groups.map(({ label, report }) => ({
    label,
    respondents: report.respondents.filter((r) => r.rater).length,
    completion: report.overall.completion,
    mean: report.overall.mean,
    ingredients: report.ingredients.map((i) => ({ id: i.id, mean: i.mean })),
  }));
  const first = groups[0]!.report;
  const lowest = new Map<string, number>();
  for (const { report } of groups) {
    const rated = report.ingredients.filter((i) => i.mean !== null);
    const min = Math.min(...rated.map((i) => i.mean!));
    for (const i of rated) if (i.mean === min) lowest.set(i.id, (lowest.get(i.id) ?? 0) + 1);
  }
  const ingredients = first.ingredients
    .map((ingredient, position) => {
      const means = groups.flatMap(({ report }) => {
        const m = report.ingredients[position]!.mean;
        return m === null ? [] : [m];
      });
      return {
        position,
        row: {
          id: ingredient.id,
          title: ingredient.title,
          mean: round3(mean(means)),
          lowestIn: lowest.get(ingredient.id) ?? 0,
        },
      };
    })
    .sort(
      (a, b) =>
        (a.row.mean ?? Number.POSITIVE_INFINITY) - (b.row.mean ?? Number.POSITIVE_INFINITY) ||
        a.position - b.position,
    )
    .map(({ row }) => row);
  const dataGaps = first.items
    .map((item, position) => {
      const counts = groups.map(({ report }) => report.items[position]!.notScored);
      return {
        position,
        row: {
          id: item.id,
          number: item.number,
          ingredient: item.ingredient,
          text: item.text,
          notScored: counts.reduce((a, b) => a + b, 0),
          groups: counts.filter((c) => c > 0).length,
        },
      };
    })
    .filter(({ row }) => row.notScored > 0)
    .sort((a, b) => b.row.notScored - a.row.notScored || a.position - b.position)
    .slice(0, DATA_GAPS)
    .map(({ row }) => row);
  return { groups: rows, ingredients, dataGaps };
}
