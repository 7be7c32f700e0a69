import type { Report, Tally } from '../../score/report.js';
import { escapeHtml } from '../../writers/html/escape-html.js';
import { formatMean, levelLabel, scoredLevels } from '../report-format.js';
import { levelColors, textColorOn, UNANSWERED_COLOR } from './level-colors.js';
import { px, svgLabel, svgOpen } from './svg-text.js';

const WIDTH = 400;
const LEFT = 72;
const RIGHT = 392;

/**
 * One ingredient's chart: the mean as a bar on the scale (from its lowest to its highest level), and the
 * answers as one stacked bar, a segment per level (Don't know in grey, unanswered items hollow).
 */
export function ingredientChartSvg(report: Report, title: string, tally: Tally): string {
  return [
    svgOpen('chart ingredient-chart', WIDTH, 80, chartLabel(report, title, tally)),
    ...meanRow(report, tally.mean),
    ...answersRow(report, tally),
    '</svg>',
  ].join('');
}

function meanRow(report: Report, mean: number | null): string[] {
  const { min, max } = report.scale;
  const at = (value: number) => LEFT + ((value - min) / (max - min || 1)) * (RIGHT - LEFT);
  const parts = [
    svgLabel(0, 19, 'Mean', { className: 'axis-label' }),
    `<rect class="track" x="${LEFT}" y="8" width="${RIGHT - LEFT}" height="15" rx="2"/>`,
  ];
  for (const level of scoredLevels(report)) {
    const x = at(level.value as number);
    parts.push(`<line class="tick" x1="${px(x)}" y1="5" x2="${px(x)}" y2="26"/>`);
    parts.push(svgLabel(x, 37, String(level.value), { anchor: 'middle', className: 'tick-label' }));
  }
  if (mean === null)
    return [...parts, svgLabel(LEFT + 6, 20, 'no scored answers', { className: 'value-label' })];
  const end = at(mean);
  // Near the end of the scale the figure goes inside the bar, in white.
  const inside = end > RIGHT - 40;
  parts.push(
    `<rect class="bar bar-mean" x="${LEFT}" y="10" width="${px(Math.max(end - LEFT, 2))}" height="11" rx="1"/>`,
    svgLabel(inside ? end - 4 : end + 4, 20, formatMean(mean), {
      anchor: inside ? 'end' : 'start',
      className: 'value-label',
      fill: inside ? '#ffffff' : undefined,
    }),
  );
  return parts;
}

function answersRow(report: Report, tally: Tally): string[] {
  const colors = levelColors(report);
  const segments = [
    ...tally.distribution.map((d) => ({ key: d.key, count: d.count, color: colors.get(d.key) ?? '#999' })),
    { key: null, count: tally.unanswered, color: UNANSWERED_COLOR },
  ].filter((s) => s.count > 0);
  const total = segments.reduce((sum, s) => sum + s.count, 0);
  const parts = [svgLabel(0, 65, 'Answers', { className: 'axis-label' })];
  let x = LEFT;
  for (const segment of segments) {
    const w = ((RIGHT - LEFT) * segment.count) / total;
    const name = `${levelLabel(report, segment.key)}: ${segment.count}`;
    const cls = segment.key === null ? 'bar bar-segment unanswered' : 'bar bar-segment';
    parts.push(
      `<rect class="${cls}" x="${px(x)}" y="52" width="${px(w)}" height="18" fill="${segment.color}"><title>${escapeHtml(name)}</title></rect>`,
    );
    if (w >= 16)
      parts.push(
        svgLabel(x + w / 2, 65, String(segment.count), {
          anchor: 'middle',
          className: 'count-label',
          fill: textColorOn(segment.color),
        }),
      );
    x += w;
  }
  return parts;
}

function chartLabel(report: Report, title: string, tally: Tally): string {
  const counts = tally.distribution
    .filter((d) => d.count > 0)
    .map((d) => `${d.count} ${levelLabel(report, d.key)}`);
  if (tally.unanswered > 0) counts.push(`${tally.unanswered} not rated`);
  return `${title}: mean ${formatMean(tally.mean)} on a scale of ${report.scale.min} to ${report.scale.max}; answers: ${counts.join(', ') || 'none'}`;
}
