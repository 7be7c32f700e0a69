import type { Report } from '../../score/report.js';
import { escapeHtml } from '../../writers/html/escape-html.js';
import { reportSubtitle, reportTitle } from '../report-format.js';
import { actionPlanHtml } from './action-plan-html.js';
import { comparisonHtml } from './comparison-html.js';
import { ingredientsHtml } from './ingredients-html.js';
import { itemsHtml } from './items-html.js';
import { priorityHtml } from './priority-html.js';
import { recommendationsHtml } from './recommendations-html.js';
import { REPORT_STYLE } from './report-style.js';
import { summaryHtml } from './summary-html.js';
import { teamHtml } from './team-html.js';

// Nothing may be fetched: no scripts, no images, no fonts, no forms; only the inline stylesheet.
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

/**
 * The HTML report: one self-contained page (inline CSS and SVG charts, no script, no network) with the
 * summary, ingredient charts, starred items, team view, items with their spread, action plan,
 * recommendations and edition comparison. All text is escaped; the same report gives the same bytes.
 */
export function writeReportHtml(report: Report): string {
  const sections: { id: string; title: string; html: string }[] = [
    { id: 'summary', title: 'Summary', html: summaryHtml(report) },
    { id: 'ingredients', title: 'Ingredients', html: ingredientsHtml(report) },
  ];
  if (report.priority)
    sections.push({ id: 'starred', title: 'Starred items', html: priorityHtml(report, report.priority) });
  if (report.team) sections.push({ id: 'team', title: 'Team view', html: teamHtml(report, report.team) });
  sections.push({ id: 'items', title: 'Items', html: itemsHtml(report) });
  if (report.actionPlan)
    sections.push({
      id: 'action-plan',
      title: 'Action plan',
      html: actionPlanHtml(report, report.actionPlan),
    });
  sections.push({ id: 'recommendations', title: 'Recommendations', html: recommendationsHtml(report) });
  if (report.comparison)
    sections.push({ id: 'comparison', title: 'Comparison', html: comparisonHtml(report, report.comparison) });

  const toc = sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a></li>`).join('');
  const title = reportTitle(report);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="rubricate.rubric-id" content="${escapeHtml(report.rubric.id)}">
<meta name="rubricate.edition" content="${escapeHtml(report.rubric.edition)}">
<meta name="rubricate.rubric-hash" content="${escapeHtml(report.rubric.hash)}">
<title>${escapeHtml(title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<main>
<header class="report-head">
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(reportSubtitle(report))}</p>
</header>
<nav class="toc" aria-label="Contents"><ol>${toc}</ol></nav>
${sections.map((s) => s.html).join('\n')}
<footer class="report-foot">Made by rubricate from rubric ${escapeHtml(report.rubric.id)}, edition ${escapeHtml(report.rubric.edition)}, content hash ${escapeHtml(report.rubric.hash.slice(0, 12))}.</footer>
</main>
</body>
</html>
`;
}
