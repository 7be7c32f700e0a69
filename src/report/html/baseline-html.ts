import type { RoundComparison } from '../../score/compare-rounds.js';
import { escapeHtml } from '../../writers/html/escape-html.js';
import { formatChange, formatMean, roundLine } from '../report-format.js';
import { htmlSection, htmlTable } from './html-parts.js';

/** The ratings against an earlier round of the same edition: per ingredient, the items that moved, all items. */
export function baselineHtml(b: RoundComparison): string {
  const byId = new Map(b.items.map((i) => [i.id, i]));
  const figures = [
    { head: 'Before', className: 'num' },
    { head: 'Now', className: 'num' },
    { head: 'Change', className: 'num' },
  ];
  const ingredients = htmlTable(
    [{ head: 'Ingredient' }, ...figures],
    [
      ...b.ingredients.map((i) => [i.title, formatMean(i.before), formatMean(i.now), formatChange(i.change)]),
      [
        'All ingredients',
        formatMean(b.overall.before),
        formatMean(b.overall.now),
        formatChange(b.overall.change),
      ],
    ],
    'baseline',
  );
  const moved =
    b.moved.length === 0
      ? '<p>No item moved two levels or more.</p>'
      : htmlTable(
          [{ head: '#' }, { head: 'Item' }, ...figures],
          b.moved.map((id) => {
            const i = byId.get(id)!;
            return [i.id, i.text, formatMean(i.before), formatMean(i.now), formatChange(i.change)];
          }),
          'moved',
        );
  const items = htmlTable(
    [{ head: 'Item' }, ...figures],
    b.items.map((i) => [i.id, formatMean(i.before), formatMean(i.now), formatChange(i.change)]),
    'baseline-items',
  );
  return htmlSection(
    'baseline',
    'Compared with the earlier round',
    `<p>The same edition rated before: ${escapeHtml(roundLine(b.before.respondents, b.before.context))}. Now: ${b.now.respondents} respondents.</p>
${ingredients}
<h3>Items that moved two levels or more</h3>
${moved}
<details><summary>Every item before and now</summary>
${items}
</details>`,
  );
}
