import type { Trend } from '../../score/trend.js';
import { formatMean } from '../format-figures.js';
import { px, svgLabel, svgOpen } from '../html/svg-text.js';
import { reportLabels } from '../report-labels.js';

/** Okabe–Ito colours, told apart with colour-vision deficiencies; each line also has its own marker. */
export const SERIES_COLORS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#000000',
  '#F0E442',
];

const WIDTH = 480;
const HEIGHT = 240;
const LEFT = 28;
const RIGHT = 16;
const TOP = 10;
const BOTTOM = 34;

/**
 * A line chart of each ingredient's mean per round on the scale (1 at the bottom, 4 at the top), rounds
 * left to right in time order; a round without a mean breaks the line. The text alternative lists
 * every series.
 */
export function trendChartSvg(
  trend: Trend,
  scale: { min: number; max: number } = { min: 1, max: 4 },
): string {
  const n = trend.rounds.length;
  const x = (k: number) => LEFT + (n === 1 ? 0 : (k / (n - 1)) * (WIDTH - LEFT - RIGHT));
  const y = (v: number) =>
    TOP + (1 - (v - scale.min) / (scale.max - scale.min || 1)) * (HEIGHT - TOP - BOTTOM);
  const label = `Mean per ${reportLabels(trend).section} and round, on a scale of ${scale.min} to ${scale.max}: ${trend.ingredients
    .map((i) => `${i.title} ${i.means.map(formatMean).join(', ')}`)
    .join('; ')}`;
  const parts = [svgOpen('chart trend-chart', WIDTH, HEIGHT, label)];
  for (let v = Math.ceil(scale.min); v <= scale.max; v++) {
    parts.push(`<line class="tick" x1="${LEFT}" y1="${px(y(v))}" x2="${WIDTH - RIGHT}" y2="${px(y(v))}"/>`);
    parts.push(svgLabel(LEFT - 6, y(v) + 3, String(v), { anchor: 'end', className: 'tick-label' }));
  }
  trend.rounds.forEach((round, k) => {
    const anchor = k === 0 ? 'start' : k === n - 1 ? 'end' : 'middle';
    parts.push(svgLabel(x(k), HEIGHT - BOTTOM + 16, round.label, { anchor, className: 'tick-label' }));
  });
  trend.ingredients.forEach((ingredient, s) => {
    const color = SERIES_COLORS[s % SERIES_COLORS.length]!;
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1)
        parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${run.join(' ')}"/>`);
      run = [];
    };
    ingredient.means.forEach((m, k) => {
      if (m === null) {
        flush();
        return;
      }
      run.push(`${px(x(k))},${px(y(m))}`);
      parts.push(marker(s, x(k), y(m), color));
    });
    flush();
  });
  parts.push('</svg>');
  return parts.join('');
}

/** A circle, square, triangle or diamond per series, so that lines are told apart without colour. */
export function marker(series: number, cx: number, cy: number, color: string): string {
  const shape = series % 4;
  if (shape === 0) return `<circle cx="${px(cx)}" cy="${px(cy)}" r="3.5" fill="${color}"/>`;
  if (shape === 1)
    return `<rect x="${px(cx - 3.5)}" y="${px(cy - 3.5)}" width="7" height="7" fill="${color}"/>`;
  if (shape === 2)
    return `<polygon points="${px(cx)},${px(cy - 4)} ${px(cx + 4)},${px(cy + 3.5)} ${px(cx - 4)},${px(cy + 3.5)}" fill="${color}"/>`;
  return `<polygon points="${px(cx)},${px(cy - 4.5)} ${px(cx + 4.5)},${px(cy)} ${px(cx)},${px(cy + 4.5)} ${px(cx - 4.5)},${px(cy)}" fill="${color}"/>`;
}
