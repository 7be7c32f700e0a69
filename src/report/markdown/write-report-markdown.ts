import type { Report } from '../../score/report.js';
import { formatMean, formatShare, plural, scaleLine, scalePosition } from '../format-figures.js';
import { contextLine } from '../report-format.js';
import { mdAdvice, mdBaseline, mdComparison, mdPlan, mdTeam } from './markdown-sections.js';
import { mdBar, mdTable, mdText } from './markdown-text.js';

/** Respondents listed by name; a larger team is summarised (a pull-request comment holds 65,536 characters). */
const MAX_RESPONDENT_ROWS = 30;

/**
 * The report as GitHub-flavoured Markdown for a pull-request comment: a summary table per ingredient, the
 * weakest items and the team's items to discuss first; the action plan, reflections, recommendations and
 * cross-edition comparison follow, the long parts folded into <details>.
 */
export async function writeReportMarkdown(report: Report): Promise<string> {
  const { rubric, overall } = report;
  const where = contextLine(report.context);
  const raters = report.respondents.filter((r) => r.rater).length;
  const lines = [
    `## ${mdText(rubric.title)}`,
    '',
    ...(where ? [`**${mdText(where, 600)}**`, ''] : []),
    `\`${mdText(rubric.id)}\` edition ${mdText(rubric.edition)} · ${plural(raters, 'respondent')} · ` +
      `overall mean **${formatMean(overall.mean)}** · ${formatShare(overall.completion)} rated · ${overall.notScored} not scored`,
    '',
    `Scale: ${mdText(scaleLine(report))}`,
    '',
    ...mdTable(
      ['Ingredient', 'Mean', '', 'Rated', ...report.scale.levels.map((l) => mdText(l.label, 40))],
      report.ingredients.map((i) => [
        mdText(i.title),
        formatMean(i.mean),
        i.mean === null ? '' : mdBar(scalePosition(report, i.mean)),
        formatShare(i.completion),
        ...i.distribution.map((d) => String(d.count)),
      ]),
      [1, 3, ...report.scale.levels.map((_, k) => 4 + k)],
    ),
    '',
    ...weakest(report),
    ...priority(report),
    ...respondents(report),
    ...mdTeam(report),
    ...mdPlan(report),
    ...mdAdvice(report),
    ...mdComparison(report),
    ...mdBaseline(report),
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function weakest(report: Report): string[] {
  const rows = report.ingredients.flatMap((i) =>
    [
      ...i.strongest.map((r) => ({ r, how: 'strongest' })),
      ...i.weakest.map((r) => ({ r, how: 'weakest' })),
    ].map(({ r, how }) => [mdText(i.title), how, formatMean(r.mean), `${r.number}. ${mdText(r.text, 140)}`]),
  );
  if (rows.length === 0) return [];
  return [
    '<details><summary>Strongest and weakest items per ingredient</summary>',
    '',
    ...mdTable(['Ingredient', '', 'Mean', 'Item'], rows, [2]),
    '',
    '</details>',
    '',
  ];
}

function priority(report: Report): string[] {
  if (!report.priority) return [];
  return [
    `### Starred (priority) items: mean ${formatMean(report.priority.mean)}`,
    '',
    ...mdTable(
      ['Item', 'Mean', 'Text'],
      report.priority.items.map((i) => [`\`${mdText(i.id)}\``, formatMean(i.mean), mdText(i.text, 140)]),
      [1],
    ),
    '',
  ];
}

function respondents(report: Report): string[] {
  if (report.respondents.length < 2) return [];
  return [
    '<details><summary>Respondents</summary>',
    '',
    ...mdTable(
      ['Name', 'Role', 'Mean', 'Rated', ...report.ingredients.map((i) => mdText(i.title, 40))],
      report.respondents
        .slice(0, MAX_RESPONDENT_ROWS)
        .map((r) => [
          mdText(r.name, 80),
          mdText(r.role ?? '', 80),
          formatMean(r.overall.mean),
          r.rater ? formatShare(r.overall.completion) : 'plan only',
          ...r.ingredients.map((i) => formatMean(i.mean)),
        ]),
      [2, 3, ...report.ingredients.map((_, k) => 4 + k)],
    ),
    ...(report.respondents.length > MAX_RESPONDENT_ROWS
      ? [
          '',
          `…and ${report.respondents.length - MAX_RESPONDENT_ROWS} more respondents: see the JSON or CSV report.`,
        ]
      : []),
    '',
    '</details>',
    '',
  ];
}
