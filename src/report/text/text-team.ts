import type { Report } from '../../score/report.js';
import { answersLine, formatMean, formatShare, plural } from '../format-figures.js';
import { reportLabels } from '../report-labels.js';
import { clip, type Paint } from './text-style.js';
import { textTable } from './text-table.js';

/** The team view: items to discuss, most divergent first, with each member's rating; agreement per ingredient. */
export function teamSection(report: Report, paint: Paint): string[] {
  const { team } = report;
  if (!team) return [];
  const items = new Map(report.items.map((i) => [i.id, i]));
  const lines = [
    `${paint.heading('Team view')}  ${plural(team.respondents, 'respondent')}; items rated two or more levels apart are listed to discuss`,
  ];
  if (team.toDiscuss.length === 0)
    lines.push('  Nothing to discuss: no item is rated two or more levels apart.');
  for (const entry of team.toDiscuss) {
    lines.push(
      `  ${paint.poor(`spread ${entry.spread}`)}  median ${formatMean(entry.median)}  ${clip(entry.id, 40)}  ${clip(entry.text, 60)}`,
    );
    lines.push(paint.dim(`      ${answersLine(report, items.get(entry.id)?.answers ?? [], clip)}`));
  }
  lines.push(
    '',
    `  ${paint.heading('Agreement')}  share of items (with two or more scored answers) rated at most one level apart`,
    ...textTable(
      [
        { header: clip(reportLabels(report).Section, 40) },
        { header: 'Agreement', align: 'right' },
        { header: 'Items compared', align: 'right' },
      ],
      team.agreement.map((a) => [clip(a.title, 40), formatShare(a.agreement), String(a.compared)]),
      '    ',
      paint.dim,
    ),
  );
  return lines;
}
