import type { Report } from '../../score/report.js';
import { escapeHtml } from '../../writers/html/escape-html.js';
import { contextLine, reportSubtitle, reportTitle } from '../report-format.js';
import { reportLabels } from '../report-labels.js';
import { actionPlanHtml } from './action-plan-html.js';
import { baselineHtml } from './baseline-html.js';
import { comparisonHtml } from './comparison-html.js';
import { ingredientsHtml } from './ingredients-html.js';
import { itemsHtml } from './items-html.js';
import { priorityHtml } from './priority-html.js';
import { recommendationsHtml } from './recommendations-html.js';
import { REPORT_STYLE } from './report-style.js';
import { summaryHtml } from './summary-html.js';
import { teamHtml } from './team-html.js';

// Nothing may be fetched: no scripts, no images, no fonts, no forms; only the inline stylesheet.
/** The report pages' Content-Security-Policy: nothing loads, nothing runs, no form is sent. */
export const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

/**
 * The HTML report: one self-contained page (inline CSS and SVG charts, no script, no network) with the
 * summary, ingredient charts, starred items, team view, items with their spread, action plan,
 * recommendations and edition comparison. All text is escaped; the same report gives the same bytes.
 */
export function writeReportHtml(report: Report): string {
  const { toc, body } = reportBodyHtml(report);
  return htmlPage(report, reportTitle(report), reportHeadHtml(report), toc, body);
}

/** The report's title block: title, what was scored, and who the respondents are. */
export function reportHeadHtml(report: Report, level = 1): string {
  const where = contextLine(report.context);
  return `<header class="report-head">
<h${level}>${escapeHtml(level === 1 ? reportTitle(report) : where || reportTitle(report))}</h${level}>
${where && level === 1 ? `<p class="context"><strong>${escapeHtml(where)}</strong></p>\n` : ''}<p>${escapeHtml(reportSubtitle(report))}</p>
</header>`;
}

/** The report's sections and their table of contents entries. */
export function reportBodyHtml(report: Report): { toc: { id: string; title: string }[]; body: string } {
  const sections: { id: string; title: string; html: string }[] = [
    { id: 'summary', title: 'Summary', html: summaryHtml(report) },
    { id: 'ingredients', title: reportLabels(report).Sections, html: ingredientsHtml(report) },
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
  if (report.baseline)
    sections.push({
      id: 'baseline',
      title: 'Earlier round',
      html: baselineHtml(report.baseline, reportLabels(report)),
    });
  return {
    toc: sections.map(({ id, title }) => ({ id, title })),
    body: sections.map((s) => s.html).join('\n'),
  };
}

/** The self-contained page around a report's (or a grouped report's) head and sections. */
export function htmlPage(
  report: Pick<Report, 'rubric'>,
  title: string,
  head: string,
  entries: { id: string; title: string }[],
  body: string,
): string {
  const toc = entries.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a></li>`).join('');
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
${head}
<nav class="toc" aria-label="Contents"><ol>${toc}</ol></nav>
${body}
<footer class="report-foot">Made by rubricate from rubric ${escapeHtml(report.rubric.id)}, edition ${escapeHtml(report.rubric.edition)}, content hash ${escapeHtml(report.rubric.hash.slice(0, 12))}.</footer>
</main>
</body>
</html>
`;
}
