import type { EditionComparison } from '../../crosswalk/compare-editions.js';
import type { Report } from '../../score/report.js';
import { formatMean, scoredLevels } from '../report-format.js';
import { px, svgLabel, svgOpen } from './svg-text.js';

const WIDTH = 360;
const ROW = 40;
const RIGHT = 300;

/**
 * Before and now per ingredient on the newer edition's scale: a hollow dot for the earlier mean, a filled
 * one for the mean now, joined by a line. Only ingredients with both means; null when there are none.
 */
export function comparisonChartSvg(report: Report, comparison: EditionComparison): string | null {
  const rows = comparison.ingredients.filter((i) => i.oldMean !== null && i.newMean !== null);
  if (rows.length === 0) return null;
  const { min, max } = report.scale;
  const at = (value: number) => 6 + ((value - min) / (max - min || 1)) * (RIGHT - 12);
  const label = `Mean before and now: ${rows
    .map((i) => `${i.title} ${formatMean(i.oldMean)} to ${formatMean(i.newMean)}`)
    .join(', ')}`;
  const parts = [svgOpen('chart comparison-chart', WIDTH, rows.length * ROW + 18, label)];
  const ticks = scoredLevels(report).map((l) => ({ value: l.value as number, x: at(l.value as number) }));
  rows.forEach((ingredient, row) => {
    const top = row * ROW;
    const [before, now] = [at(ingredient.oldMean as number), at(ingredient.newMean as number)];
    parts.push(svgLabel(0, top + 13, ingredient.title, { className: 'bar-title' }));
    for (const tick of ticks)
      parts.push(
        `<line class="tick" x1="${px(tick.x)}" y1="${top + 18}" x2="${px(tick.x)}" y2="${top + 32}"/>`,
      );
    parts.push(
      `<line class="axis" x1="${px(at(min))}" y1="${top + 25}" x2="${px(at(max))}" y2="${top + 25}"/>`,
      `<line class="change-line" x1="${px(before)}" y1="${top + 25}" x2="${px(now)}" y2="${top + 25}"/>`,
      `<circle class="before-dot" cx="${px(before)}" cy="${top + 25}" r="5"/>`,
      `<circle class="now-dot" cx="${px(now)}" cy="${top + 25}" r="5"/>`,
      svgLabel(RIGHT + 6, top + 29, formatMean(ingredient.newMean), { className: 'value-label' }),
    );
  });
  const axis = rows.length * ROW + 4;
  for (const tick of ticks)
    parts.push(svgLabel(tick.x, axis + 9, String(tick.value), { anchor: 'middle', className: 'tick-label' }));
  parts.push('</svg>');
  return parts.join('');
}
