import type { ItemScore, Report } from '../../score/report.js';
import { escapeHtml } from '../../writers/html/escape-html.js';
import { formatMean, respondentName, scoredLevels } from '../report-format.js';
import { px, svgLabel, svgOpen } from './svg-text.js';

const WIDTH = 200;
const LEFT = 10;
const RIGHT = 190;

/**
 * One item's spread across the team: a line from the lowest to the highest rating, a dot per rating (bigger
 * where several members agree) and a diamond at the median. Null when nobody gave a scored rating.
 */
export function spreadPlotSvg(report: Report, item: ItemScore): string | null {
  const values = item.answers.flatMap((a) => (a.value === null ? [] : [a.value]));
  if (values.length === 0) return null;
  const { min, max } = report.scale;
  const at = (value: number) => LEFT + ((value - min) / (max - min || 1)) * (RIGHT - LEFT);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const parts = [svgOpen('chart spread-plot', WIDTH, 34, spreadLabel(report, item))];
  parts.push(`<line class="axis" x1="${LEFT}" y1="14" x2="${RIGHT}" y2="14"/>`);
  for (const level of scoredLevels(report)) {
    const x = at(level.value as number);
    parts.push(`<line class="tick" x1="${px(x)}" y1="10" x2="${px(x)}" y2="18"/>`);
    parts.push(svgLabel(x, 32, String(level.value), { anchor: 'middle', className: 'tick-label' }));
  }
  parts.push(`<line class="spread-range" x1="${px(at(low))}" y1="14" x2="${px(at(high))}" y2="14"/>`);
  // One dot per level given, sized by how many gave it, named by who gave it.
  const byValue = new Map<number, string[]>();
  for (const answer of item.answers) {
    if (answer.value === null) continue;
    byValue.set(answer.value, [
      ...(byValue.get(answer.value) ?? []),
      respondentName(report, answer.respondent),
    ]);
  }
  for (const [value, names] of [...byValue].sort((a, b) => a[0] - b[0])) {
    parts.push(
      `<circle class="spread-dot" cx="${px(at(value))}" cy="14" r="${px(3 + 1.5 * Math.min(names.length, 4))}"><title>${escapeHtml(`${value}: ${names.join(', ')}`)}</title></circle>`,
    );
  }
  if (item.median !== null) {
    const x = at(item.median);
    parts.push(
      `<path class="spread-median" d="M${px(x)} 5 L${px(x + 4)} 14 L${px(x)} 23 L${px(x - 4)} 14 Z"/>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

function spreadLabel(report: Report, item: ItemScore): string {
  const ratings = item.answers
    .filter((a) => a.value !== null)
    .map((a) => `${respondentName(report, a.respondent)} ${a.value}`);
  return `Item ${item.number}: median ${formatMean(item.median)}, spread ${item.spread ?? 0} levels; ${ratings.join(', ')}`;
}
