import type { Report } from '../../score/report.js';
import { csvRow } from './csv-cell.js';

const FIXED = [
  'rubric',
  'edition',
  'respondent',
  'name',
  'role',
  'file',
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
 * columns of FIXED, then one per planning column of the rubric. Unanswered items have an empty rating.
 */
export async function writeReportCsv(report: Report): Promise<string> {
  const columns = report.planningColumns ?? [];
  const labels = new Map(report.scale.levels.map((l) => [l.key, l.label]));
  const out = [csvRow([...FIXED, ...columns.map((c) => c.key)])];
  for (const respondent of report.respondents) {
    for (const item of report.items) {
      const answer = item.answers[respondent.index]!;
      const plan = new Map(answer.plan.map((p) => [p.column, p.text]));
      out.push(
        csvRow([
          report.rubric.id,
          report.rubric.edition,
          respondent.index + 1,
          respondent.name,
          respondent.role,
          respondent.file,
          item.ingredient,
          item.id,
          item.number,
          item.priority,
          answer.rating,
          answer.rating === null ? null : (labels.get(answer.rating) ?? null),
          answer.value,
          answer.evidence,
          ...columns.map((c) => plan.get(c.key) ?? null),
        ]),
      );
    }
  }
  return out.join('');
}
