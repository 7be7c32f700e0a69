import type { Block } from '../document/model.js';
import type { ActionPlanView, PlanEntry, Report } from '../score/report.js';
import { type CellContent, heading, list, paragraph, type TableColumn, table } from './report-blocks.js';
import { ingredientTitle, planLines, respondentName } from './report-format.js';

/** The action plan: by owner, missing owner or date, unreadable dates, overdue, and reflections. */
export function actionPlanBlocks(report: Report, plan: ActionPlanView): Block[] {
  const blocks: Block[] = [heading(2, 'Action plan'), heading(3, 'By owner')];
  if (plan.byOwner.length === 0) blocks.push(paragraph('No entry names an owner.'));
  for (const group of plan.byOwner) {
    blocks.push(paragraph([{ text: group.owner, bold: true }]), entries(report, plan, group.entries));
  }
  blocks.push(
    ...listOf(report, plan, 'Missing an owner', plan.missingOwner, 'Every entry names an owner.'),
    ...listOf(report, plan, 'Missing a target date', plan.missingDate, 'Every entry has a target date.'),
  );
  if (plan.unreadableDate.length > 0)
    blocks.push(...listOf(report, plan, 'Target date is not a date (YYYY-MM-DD)', plan.unreadableDate, ''));
  blocks.push(
    ...listOf(report, plan, `Overdue as of ${report.asOf ?? ''}`, plan.overdue, 'Nothing is overdue.'),
  );
  if (plan.reflections.length > 0) {
    blocks.push(heading(3, 'Reflections'));
    const team = report.respondents.length >= 2;
    for (const reflection of plan.reflections) {
      blocks.push(paragraph([{ text: `${reflection.number}. ${reflection.text}`, bold: true }]));
      if (reflection.answers.length === 0) blocks.push(paragraph([{ text: 'No answer.', italic: true }]));
      else if (team)
        blocks.push(
          list(reflection.answers.map((a) => `${respondentName(report, a.respondent)}: ${a.text}`)),
        );
      else blocks.push(...reflection.answers.map((a) => paragraph(a.text)));
    }
  }
  return blocks;
}

function listOf(
  report: Report,
  plan: ActionPlanView,
  title: string,
  indices: number[],
  none: string,
): Block[] {
  return [
    heading(3, `${title} (${indices.length})`),
    indices.length === 0 ? paragraph(none) : entries(report, plan, indices),
  ];
}

function entries(report: Report, plan: ActionPlanView, indices: number[]): Block {
  const team = report.respondents.length >= 2;
  const columns: TableColumn[] = [
    { head: 'Item', width: 2.2 },
    { head: 'Plan', width: 5 },
    { head: 'Owner', width: 2.2 },
    { head: 'Target date', width: 1.5 },
    ...(team ? [{ head: 'From', width: 1.6 }] : []),
  ];
  const rows = indices.map((i) => {
    const entry = plan.entries[i] as PlanEntry;
    const row: CellContent[] = [
      `${ingredientTitle(report, entry.ingredient)} ${entry.number}`,
      planLines(entry).join('\n'),
      entry.owner ?? '—',
      entry.targetDate ?? '—',
    ];
    if (team) row.push(respondentName(report, entry.respondent));
    return row;
  });
  return table(columns, rows);
}
