import type { Recommendation, Report } from '../../score/report.js';
import { escapeHtml } from '../../writers/html/escape-html.js';
import { formatMean, MAPPING_NOTE, sourceLine } from '../report-format.js';
import { htmlSection, htmlTable } from './html-parts.js';

/** For the weakest ingredients: the district toolkit's systemic actions and tools, and advocacy steps. */
export function recommendationsHtml(report: Report): string {
  if (report.recommendations.length === 0)
    return htmlSection('recommendations', 'Recommendations', '<p>No recommendations for these scores.</p>');
  const blocks = report.recommendations.map(recommendation).join('\n');
  const sources = [...new Set(report.recommendations.flatMap((r) => r.sources).map(sourceLine))];
  const cited = `<p class="small">${escapeHtml(MAPPING_NOTE)}</p>\n<ul class="sources small">${sources
    .map((s) => `<li>${escapeHtml(s)}</li>`)
    .join('')}</ul>`;
  return htmlSection(
    'recommendations',
    'Recommendations',
    `<p>For the weakest ingredients, the matching actions from the district toolkit and advocacy steps.</p>\n${blocks}\n${cited}`,
  );
}

function recommendation(r: Recommendation): string {
  const actions =
    r.actions.length === 0
      ? ''
      : htmlTable(
          [{ head: 'Strategy' }, { head: 'Action' }, { head: 'Tools' }],
          r.actions.map((a) => [a.strategyTitle, a.action, a.tools.join('; ') || '—']),
          'actions',
        );
  const advocacy = r.advocacy
    .map((a) => `<h4>${escapeHtml(a.title)}</h4>\n<p>${escapeHtml(a.text)}</p>`)
    .join('\n');
  const caveat = r.caveat ? `<p class="warning">${escapeHtml(r.caveat)}</p>\n` : '';
  return `<h3>${escapeHtml(r.title)} (mean ${formatMean(r.mean)})</h3>\n${caveat}${actions}\n${advocacy ? `<div class="advocacy">${advocacy}</div>` : ''}`;
}
