import type { GroupedReport, Report } from '../../score/report.js';
import { csvRow } from './csv-cell.js';

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
const BOM = '\uFEFF';

/**
 * The spreadsheet export: one row per respondent, one column per item (in printed order) holding the
 * rating's value, or the level's label for a level without one (Don't know), empty when unanswered; then
 * the respondent's mean and completion. UTF-8 with a byte order mark, so Excel shows accents right.
 */
export async function writeWideCsv(report: Report): Promise<string> {
  return BOM + [csvRow(header(report)), ...rows(report)].join('');
}

/** The same for a grouped report, after a first column naming the group. */
export async function writeGroupedWideCsv(grouped: GroupedReport): Promise<string> {
  const out = [csvRow(['group', ...header(grouped.groups[0]!.report)])];
  for (const { label, report } of grouped.groups) out.push(...rows(report, label));
  return BOM + out.join('');
}

function header(report: Report): string[] {
  return [
    'rubric',
    'edition',
    'respondent',
    'name',
    'role',
    'district',
    'school',
    'team',
    'date',
    'file',
    ...report.items.map((i) => i.id),
    'mean',
    'completion',
  ];
}

function rows(report: Report, group?: string): string[] {
  const labels = new Map(report.scale.levels.map((l) => [l.key, l.label]));
  const answers = report.items.map((item) => new Map(item.answers.map((a) => [a.respondent, a])));
  return report.respondents
    .filter((r) => r.rater)
    .map((r) =>
      csvRow([
        ...(group === undefined ? [] : [group]),
        report.rubric.id,
        report.rubric.edition,
        r.index + 1,
        r.name,
        r.role,
        r.district,
        r.school,
        r.team,
        r.date,
        r.file,
        ...answers.map((byRespondent) => {
          const answer = byRespondent.get(r.index);
          if (!answer || answer.rating === null) return null;
          return answer.value ?? labels.get(answer.rating) ?? answer.rating;
        }),
        r.overall.mean,
        r.overall.completion,
      ]),
    );
}
