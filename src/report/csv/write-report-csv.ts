import type { Answer, GroupedReport, Report } from '../../score/report.js';
import { csvRow } from './csv-cell.js';

const FIXED = [
  'rubric',
  'edition',
  'respondent',
  'name',
  'role',
  'file',
  'district',
  'school',
  'team',
  'date',
  'ingredient',
  'item',
  'number',
  'priority',
  'rating',
  'level',
  'value',
  'evidence',
];

/**
 * One row per respondent × item (respondents in input order, items in printed order) for spreadsheets: the
 * columns of FIXED, then one per planning column of the rubric. Unanswered items have an empty rating; a
 * respondent with an action plan only has every rating empty and their planning columns filled.
 */
export async function writeReportCsv(report: Report): Promise<string> {
  return [csvRow(header(report)), ...rows(report)].join('');
}

/** A grouped report: the same rows for every group, after a first column naming the group. */
export async function writeGroupedCsv(grouped: GroupedReport): Promise<string> {
  const first = grouped.groups[0]!.report;
  const out = [csvRow(['group', ...header(first)])];
  for (const { label, report } of grouped.groups) {
    for (const row of rows(report, label)) out.push(row);
  }
  return out.join('');
}

function header(report: Report): string[] {
  return [...FIXED, ...(report.planningColumns ?? []).map((c) => c.key)];
}

function rows(report: Report, group?: string): string[] {
  const columns = report.planningColumns ?? [];
  const labels = new Map(report.scale.levels.map((l) => [l.key, l.label]));
  // Answers come only from rating respondents; an action plan alone has its entries in the action plan.
  const answers = report.items.map((item) => new Map(item.answers.map((a) => [a.respondent, a])));
  const planned = new Map(
    (report.actionPlan?.entries ?? []).map((e) => [`${e.respondent} ${e.item}`, e.columns] as const),
  );
  const out: string[] = [];
  for (const respondent of report.respondents) {
    report.items.forEach((item, k) => {
      const answer: Answer | undefined = answers[k]!.get(respondent.index);
      const plan = new Map(
        (answer?.plan ?? planned.get(`${respondent.index} ${item.id}`) ?? []).map((p) => [p.column, p.text]),
      );
      const rating = answer?.rating ?? null;
      out.push(
        csvRow([
          ...(group === undefined ? [] : [group]),
          report.rubric.id,
          report.rubric.edition,
          respondent.index + 1,
          respondent.name,
          respondent.role,
          respondent.file,
          respondent.district,
          respondent.school,
          respondent.team,
          respondent.date,
          item.ingredient,
          item.id,
          item.number,
          item.priority,
          rating,
          rating === null ? null : (labels.get(rating) ?? null),
          answer?.value ?? null,
          answer?.evidence ?? null,
          ...columns.map((c) => plan.get(c.key) ?? null),
        ]),
      );
    });
  }
  return out;
}
