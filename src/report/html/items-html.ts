import type { ItemScore, Report } from '../../score/report.js';
import { escapeHtml } from '../../writers/html/escape-html.js';
import { formatMean, levelLabel, respondentName } from '../report-format.js';
import { type Content, htmlSection, htmlTable, raw } from './html-parts.js';
import { levelColors, textColorOn, UNANSWERED_COLOR } from './level-colors.js';
import { spreadPlotSvg } from './spread-plot-svg.js';

/**
 * Every item by ingredient with its evidence: for a team, the spread of its ratings as a dot plot with the
 * median; for one respondent, the rating.
 */
export function itemsHtml(report: Report): string {
  const team = report.respondents.length >= 2;
  const columns = team
    ? [
        { head: '#', className: 'num' },
        { head: 'Item' },
        { head: 'Ratings', className: 'plot' },
        { head: 'Median', className: 'num' },
        { head: 'Spread', className: 'num' },
      ]
    : [{ head: '#', className: 'num' }, { head: 'Item' }, { head: 'Rating', className: 'rating' }];
  const colors = levelColors(report);
  const tables = report.ingredients.map((ingredient) => {
    const items = report.items.filter((i) => i.ingredient === ingredient.id);
    const rows = items.map((item) => (team ? teamRow(report, item) : singleRow(report, item, colors)));
    return `<h3>${escapeHtml(ingredient.title)}</h3>\n${htmlTable(columns, rows, 'items')}`;
  });
  const intro = team
    ? '<p>Dots are the members’ ratings (bigger where several agree), the line their range, the diamond the median.</p>'
    : '';
  return htmlSection('items', team ? 'Items and the team’s spread' : 'Items', `${intro}${tables.join('\n')}`);
}

function teamRow(report: Report, item: ItemScore): Content[] {
  const plot = spreadPlotSvg(report, item);
  return [
    String(item.number),
    raw(itemCell(report, item)),
    raw(plot ?? '<span class="muted">no scored rating</span>'),
    formatMean(item.median),
    item.spread === null ? '—' : String(item.spread),
  ];
}

function singleRow(report: Report, item: ItemScore, colors: Map<string, string>): Content[] {
  const answer = item.answers[0];
  const key = answer?.rating ?? null;
  const value = answer?.value;
  const label = `${levelLabel(report, key)}${value == null ? '' : ` (${value})`}`;
  const color = key === null ? UNANSWERED_COLOR : (colors.get(key) ?? UNANSWERED_COLOR);
  const chip = `<span class="level" style="background:${color};color:${textColorOn(color)}">${escapeHtml(label)}</span>`;
  return [String(item.number), raw(itemCell(report, item)), raw(chip)];
}

function itemCell(report: Report, item: ItemScore): string {
  const star = item.priority ? '<span class="star" title="Priority item">★</span> ' : '';
  const evidence = item.answers
    .filter((a) => a.evidence !== null)
    .map((a) => {
      const who =
        report.respondents.length >= 2 ? `${escapeHtml(respondentName(report, a.respondent))}: ` : '';
      return `<li>${who}${escapeHtml(a.evidence as string)}</li>`;
    })
    .join('');
  return `${star}${escapeHtml(item.text)}${evidence ? `<ul class="evidence" aria-label="Evidence">${evidence}</ul>` : ''}`;
}
