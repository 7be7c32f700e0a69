import type { Trend } from '../../score/trend.js';
import { escapeHtml } from '../../writers/html/escape-html.js';
import { htmlTable } from '../html/html-parts.js';
import { REPORT_STYLE } from '../html/report-style.js';
import { CSP } from '../html/write-report-html.js';
import { reportLabels } from '../report-labels.js';
import { marker, SERIES_COLORS, trendChartSvg } from './trend-chart-svg.js';
import { roundLines, trendNote, trendRows, trendTitle } from './trend-rows.js';

/** The trend as one self-contained page: the rounds, a line chart per ingredient, and the table. */
export function trendHtml(trend: Trend): string {
  const { head, rows } = trendRows(trend);
  const labels = reportLabels(trend);
  const legend = trend.ingredients
    .map((i, s) => {
      const color = SERIES_COLORS[s % SERIES_COLORS.length]!;
      return `<li><svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">${marker(s, 6, 6, color)}</svg>${escapeHtml(i.title)}</li>`;
    })
    .join('');
  const title = trendTitle(trend);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${REPORT_STYLE}
svg.trend-chart { max-width: 40rem; }</style>
</head>
<body>
<main>
<header class="report-head">
<h1>${escapeHtml(title)}</h1>
<p>Every round is shown on ${escapeHtml(trend.rubric.id)}, edition ${escapeHtml(trend.rubric.edition)}.</p>
</header>
<section id="rounds" aria-labelledby="rounds-title">
<h2 id="rounds-title">Rounds</h2>
<ol>${roundLines(trend)
    .map((l) => `<li>${escapeHtml(l)}</li>`)
    .join('')}</ol>
</section>
<section id="trend" aria-labelledby="trend-title">
<h2 id="trend-title">Mean per ${escapeHtml(labels.section)}</h2>
<figure class="chart-figure">${trendChartSvg(trend, trend.scale)}<figcaption>Mean per ${escapeHtml(labels.section)} and round.</figcaption></figure>
<ul class="legend" aria-label="Key">${legend}</ul>
${htmlTable(
  head.map((h, k) => ({ head: h, ...(k > 0 ? { className: 'num' } : {}) })),
  rows,
  'trend',
)}
<p class="small">${escapeHtml(trendNote(trend))}</p>
</section>
</main>
</body>
</html>
`;
}
