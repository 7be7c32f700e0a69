import type { Report } from '../../score/report.js';
import { escapeHtml } from '../../writers/html/escape-html.js';
import { formatMean, formatPercent, scaleRange } from '../report-format.js';
import { type Content, htmlSection, htmlTable } from './html-parts.js';
import { levelColors, UNANSWERED_COLOR } from './level-colors.js';
import { meansChartSvg } from './means-chart-svg.js';

/** The summary: overall figures, the mean per ingredient as a chart, and who answered. */
export function summaryHtml(report: Report): string {
  const { overall } = report;
  const figures = `<dl class="figures">
<div><dt>Overall mean</dt><dd>${formatMean(overall.mean)}</dd></div>
<div><dt>Scale</dt><dd class="small">${escapeHtml(scaleRange(report))}</dd></div>
<div><dt>Completion</dt><dd>${formatPercent(overall.completion)}</dd></div>
<div><dt>Scored answers</dt><dd>${overall.scored}</dd></div>
<div><dt>Not scored (${escapeHtml(notScoredLabels(report))})</dt><dd>${overall.notScored}</dd></div>
<div><dt>Unanswered</dt><dd>${overall.unanswered}</dd></div>
</dl>`;
  const chart = `<figure class="chart-figure">${meansChartSvg(report)}<figcaption>Mean rating per ingredient.</figcaption></figure>`;
  const tables = [
    respondentsTable(report),
    report.respondents.filter((r) => r.rater).length >= 2 ? respondentMeans(report) : '',
  ];
  return htmlSection(
    'summary',
    'Summary',
    `<div class="overview">\n${chart}\n${figures}\n</div>\n${tables.join('\n')}`,
  );
}

/** A colour key for the levels, shown above the ingredient charts. */
export function legendHtml(report: Report): string {
  const colors = levelColors(report);
  const items = report.scale.levels.map(
    (l) =>
      `<li><span class="swatch" style="background:${colors.get(l.key)}"></span>${escapeHtml(l.label)}${l.value === null ? '' : ` (${l.value})`}</li>`,
  );
  items.push(`<li><span class="swatch" style="background:${UNANSWERED_COLOR}"></span>${'Not rated'}</li>`);
  return `<ul class="legend" aria-label="Colour key">${items.join('')}</ul>`;
}

function respondentsTable(report: Report): string {
  const columns = [
    { head: 'Respondent' },
    { head: 'Role' },
    { head: 'Mean', className: 'num' },
    { head: 'Completion', className: 'num' },
    { head: 'Not scored', className: 'num' },
  ];
  const rows = report.respondents.map((r): Content[] => [
    r.name,
    r.role ?? '',
    formatMean(r.overall.mean),
    r.rater ? formatPercent(r.overall.completion) : 'action plan only',
    String(r.overall.notScored),
  ]);
  return `<h3>Respondents</h3>\n${htmlTable(columns, rows, 'respondents')}`;
}

/** Each respondent's mean per ingredient, beside the team's. */
function respondentMeans(report: Report): string {
  const columns = [
    { head: 'Ingredient' },
    ...report.respondents.map((r) => ({ head: r.name, className: 'num' })),
    { head: 'All', className: 'num' },
  ];
  const rows = report.ingredients.map((ingredient): Content[] => [
    ingredient.title,
    ...report.respondents.map((r) =>
      formatMean(r.ingredients.find((x) => x.id === ingredient.id)?.mean ?? null),
    ),
    formatMean(ingredient.mean),
  ]);
  return `<h3>Mean per ingredient and respondent</h3>\n${htmlTable(columns, rows, 'respondent-means')}`;
}

function notScoredLabels(report: Report): string {
  const labels = report.scale.levels.filter((l) => l.value === null).map((l) => l.label);
  return labels.length > 0 ? labels.join(', ') : 'none';
}
