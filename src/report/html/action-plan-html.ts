import type { ActionPlanView, PlanEntry, Report } from '../../score/report.js';
import { escapeHtml } from '../../writers/html/escape-html.js';
import { ingredientTitle, planLines, respondentName } from '../report-format.js';
import { type Content, el, htmlList, htmlSection, htmlTable, raw } from './html-parts.js';

/**
 * The action plan: entries by owner, the entries missing an owner or a target date or with an unreadable
 * date, the overdue ones as of the report's day, and the reflection answers.
 */
export function actionPlanHtml(report: Report, plan: ActionPlanView): string {
  const parts = [
    '<h3>By owner</h3>',
    plan.byOwner.length === 0
      ? '<p>No entry names an owner.</p>'
      : plan.byOwner
          .map((group) => `<h4>${escapeHtml(group.owner)}</h4>\n${entriesTable(report, plan, group.entries)}`)
          .join('\n'),
    listOf(report, plan, 'Missing an owner', plan.missingOwner, 'Every entry names an owner.'),
    listOf(report, plan, 'Missing a target date', plan.missingDate, 'Every entry has a target date.'),
  ];
  if (plan.unreadableDate.length > 0)
    parts.push(listOf(report, plan, 'Target date is not a date (YYYY-MM-DD)', plan.unreadableDate, ''));
  parts.push(
    listOf(report, plan, `Overdue as of ${report.asOf ?? ''}`, plan.overdue, 'Nothing is overdue.'),
    reflectionsHtml(report, plan),
  );
  return htmlSection('action-plan', 'Action plan', parts.join('\n'));
}

function listOf(
  report: Report,
  plan: ActionPlanView,
  title: string,
  indices: number[],
  none: string,
): string {
  const body = indices.length === 0 ? `<p>${escapeHtml(none)}</p>` : entriesTable(report, plan, indices);
  return `<h3>${escapeHtml(title)} (${indices.length})</h3>\n${body}`;
}

function entriesTable(report: Report, plan: ActionPlanView, indices: number[]): string {
  const team = report.respondents.length >= 2;
  const columns = [
    { head: 'Item' },
    { head: 'Plan' },
    { head: 'Owner' },
    { head: 'Target date' },
    ...(team ? [{ head: 'From' }] : []),
  ];
  const rows = indices.map((i) => {
    const entry = plan.entries[i] as PlanEntry;
    const row: Content[] = [
      `${ingredientTitle(report, entry.ingredient)} ${entry.number}`,
      raw(
        planLines(entry)
          .map((line) => escapeHtml(line))
          .join('<br>'),
      ),
      entry.owner ?? '—',
      entry.targetDate ?? '—',
    ];
    if (team) row.push(respondentName(report, entry.respondent));
    return row;
  });
  return htmlTable(columns, rows, 'plan');
}

function reflectionsHtml(report: Report, plan: ActionPlanView): string {
  if (plan.reflections.length === 0) return '';
  const team = report.respondents.length >= 2;
  const blocks = plan.reflections.map((r) => {
    const answers =
      r.answers.length === 0
        ? '<p class="muted">No answer.</p>'
        : team
          ? htmlList(r.answers.map((a) => `${respondentName(report, a.respondent)}: ${a.text}`))
          : r.answers.map((a) => el('p', a.text, 'answer')).join('');
    return `<h4>${r.number}. ${escapeHtml(r.text)}</h4>\n${answers}`;
  });
  return `<h3>Reflections</h3>\n<div class="reflections">${blocks.join('\n')}</div>`;
}
