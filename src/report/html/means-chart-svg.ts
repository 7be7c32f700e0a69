import type { Report } from '../../score/report.js';
import { formatMean, scoredLevels } from '../report-format.js';
import { reportLabels } from '../report-labels.js';
import { px, svgLabel, svgOpen } from './svg-text.js';

const WIDTH = 360;
const ROW = 40;

/**
 * The overview: one horizontal bar per ingredient, its mean on the scale, with the ingredient's title above
 * its bar so that the chart stays legible on a phone.
 */
export function meansChartSvg(report: Report): string {
  const { min, max } = report.scale;
  const right = WIDTH - 40;
  const at = (value: number) => ((value - min) / (max - min || 1)) * right;
  const height = report.ingredients.length * ROW + 18;
  const label = `Mean per ${reportLabels(report).section} on a scale of ${min} to ${max}: ${report.ingredients
    .map((i) => `${i.title} ${formatMean(i.mean)}`)
    .join(', ')}`;
  const parts = [svgOpen('chart means-chart', WIDTH, height, label)];
  report.ingredients.forEach((ingredient, row) => {
    const top = row * ROW;
    parts.push(svgLabel(0, top + 13, ingredient.title, { className: 'bar-title' }));
    parts.push(`<rect class="track" x="0" y="${top + 18}" width="${right}" height="14" rx="2"/>`);
    if (ingredient.mean !== null) {
      const end = at(ingredient.mean);
      parts.push(
        `<rect class="bar bar-mean" x="0" y="${top + 19}" width="${px(Math.max(end, 2))}" height="12" rx="1"/>`,
      );
    }
    parts.push(svgLabel(right + 4, top + 30, formatMean(ingredient.mean), { className: 'value-label' }));
  });
  // Gridlines at each level, drawn across the bars only so that they never cross a title.
  const ticks = scoredLevels(report).map((level) => at(level.value as number));
  report.ingredients.forEach((_, row) => {
    for (const x of ticks)
      parts.push(
        `<line class="tick" x1="${px(x)}" y1="${row * ROW + 16}" x2="${px(x)}" y2="${row * ROW + 34}"/>`,
      );
  });
  const axis = report.ingredients.length * ROW + 4;
  scoredLevels(report).forEach((level, i) => {
    const x = ticks[i] as number;
    const anchor = x <= 0 ? 'start' : x >= right ? 'end' : 'middle';
    parts.push(svgLabel(x, axis + 9, String(level.value), { anchor, className: 'tick-label' }));
  });
  parts.push('</svg>');
  return parts.join('');
}
