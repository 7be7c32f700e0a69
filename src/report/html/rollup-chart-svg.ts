import type { GroupedReport } from '../../score/report.js';
import { formatMean } from '../report-format.js';
import { px, svgLabel, svgOpen } from './svg-text.js';

const WIDTH = 360;
const ROW = 40;

/** The roll-up chart: one bar per group, its overall mean on the scale, the group's name above its bar. */
export function rollupChartSvg(grouped: GroupedReport): string {
  const { min, max } = grouped.scale;
  const right = WIDTH - 40;
  const at = (value: number) => ((value - min) / (max - min || 1)) * right;
  const rows = grouped.rollup.groups;
  const height = rows.length * ROW + 18;
  const label = `Overall mean per ${grouped.groupBy} on a scale of ${min} to ${max}: ${rows
    .map((g) => `${g.label} ${formatMean(g.mean)}`)
    .join(', ')}`;
  const parts = [svgOpen('chart means-chart rollup-chart', WIDTH, height, label)];
  rows.forEach((group, row) => {
    const top = row * ROW;
    parts.push(svgLabel(0, top + 13, group.label, { className: 'bar-title' }));
    parts.push(`<rect class="track" x="0" y="${top + 18}" width="${right}" height="14" rx="2"/>`);
    if (group.mean !== null)
      parts.push(
        `<rect class="bar bar-mean" x="0" y="${top + 19}" width="${px(Math.max(at(group.mean), 2))}" height="12" rx="1"/>`,
      );
    parts.push(svgLabel(right + 4, top + 30, formatMean(group.mean), { className: 'value-label' }));
  });
  const axis = rows.length * ROW + 4;
  for (let value = Math.ceil(min); value <= max; value++) {
    const x = at(value);
    const anchor = x <= 0 ? 'start' : x >= right ? 'end' : 'middle';
    parts.push(svgLabel(x, axis + 9, String(value), { anchor, className: 'tick-label' }));
  }
  parts.push('</svg>');
  return parts.join('');
}
