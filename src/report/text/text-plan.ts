import type { PlanEntry, Report } from '../../score/report.js';
import { plural, respondentName } from '../format-figures.js';
import { clip, type Paint, wrap } from './text-style.js';

/** The action plan by owner, the entries missing an owner or a date, overdue entries, and reflections. */
export function actionPlanSection(report: Report, paint: Paint): string[] {
  const plan = report.actionPlan;
  if (!plan) return [];
  const entry = (index: number) => describe(report, plan.entries[index]!);
  const lines = [`${paint.heading('Action plan')}  ${plural(plan.entries.length, 'entry', 'entries')}`];
  if (plan.entries.length > 0) {
    for (const group of plan.byOwner) {
      lines.push(`  ${clip(group.owner, 60)} (${group.entries.length})`);
      lines.push(...group.entries.map((i) => `    ${entry(i)}`));
    }
    const lists: [string, number[], (t: string) => string][] = [
      [`Overdue as of ${report.asOf}`, plan.overdue, paint.poor],
      ['No one responsible', plan.missingOwner, paint.fair],
      ['No target date', plan.missingDate, paint.fair],
      ['Target date is not a date (YYYY-MM-DD)', plan.unreadableDate, paint.fair],
    ];
    for (const [title, indices, style] of lists) {
      if (indices.length === 0) continue;
      lines.push('', `  ${style(title)} (${indices.length})`, ...indices.map((i) => `    ${entry(i)}`));
    }
  }
  const answered = plan.reflections.filter((r) => r.answers.length > 0);
  if (answered.length > 0) lines.push('', paint.heading('Reflections'));
  for (const reflection of answered) {
    lines.push(`  ${reflection.number}. ${clip(reflection.text, 96)}`);
    for (const answer of reflection.answers) {
      lines.push(paint.dim(`    ${clip(respondentName(report, answer.respondent), 40)}:`));
      lines.push(...wrap(answer.text, '      '));
    }
  }
  return lines;
}

/** `capacity-building.3  Rewrite the manual… · due 2026-06-30 · Zoë`. */
function describe(report: Report, entry: PlanEntry): string {
  const text = new Set((report.planningColumns ?? []).filter((c) => c.kind === 'text').map((c) => c.key));
  const first = entry.columns.find((c) => text.has(c.column));
  const parts = [
    `${clip(entry.item, 40)}`,
    first ? clip(first.text, 60) : '',
    entry.targetDate ? `due ${clip(entry.targetDate, 20)}` : '',
    report.respondents.length > 1 ? clip(respondentName(report, entry.respondent), 24) : '',
  ].filter(Boolean);
  return parts.join(' · ');
}
