import type { GroupedReport } from '../../score/report.js';
import { groupedSubtitle, groupedTitle, rollupRows } from '../grouped/rollup-table.js';
import type { ReportWriteOptions } from '../index.js';
import { clip, paintFor } from './text-style.js';
import { textTable } from './text-table.js';
import { initials, writeReportText } from './write-report-text.js';

/** The terminal report by group: the roll-up across groups first, then each group's own report. */
export async function writeGroupedText(
  grouped: GroupedReport,
  options: ReportWriteOptions = {},
): Promise<string> {
  const paint = paintFor(options.color ?? false);
  const rows = rollupRows(grouped, initials);
  const right = (head: string[], from: number) =>
    head.map((header, k) => ({
      header: clip(header, 40),
      ...(k >= from ? { align: 'right' as const } : {}),
    }));
  const clipRows = (table: string[][], widths: number[]) =>
    table.map((row) => row.map((cell, k) => clip(cell, widths[k] ?? 60)));
  const first = grouped.groups[0]!.report;
  const lines = [
    paint.heading(clip(groupedTitle(grouped), 120)),
    paint.dim(clip(groupedSubtitle(grouped), 200)),
    '',
    paint.heading('Roll-up'),
    ...textTable(right(rows.head, 1), clipRows(rows.groups, [40]), '  ', paint.dim),
    paint.dim(`  ${first.ingredients.map((i) => `${initials(i.title)} = ${clip(i.title, 40)}`).join(' · ')}`),
    '',
    paint.heading(rows.weakestTitle),
    ...textTable(right(rows.weakestHead, 1), clipRows(rows.weakest, [40]), '  ', paint.dim),
    '',
    paint.heading("Items most often answered Don't know (data gaps)"),
    ...(rows.gaps.length === 0
      ? ['  none']
      : textTable(right(rows.gapsHead, 2), clipRows(rows.gaps, [32, 60]), '  ', paint.dim)),
  ];
  const sections = [lines.join('\n')];
  for (const { label, report } of grouped.groups) {
    const rule = '═'.repeat(Math.min(100, label.length + 8));
    sections.push(
      `${paint.heading(rule)}\n${paint.heading(`${grouped.groupBy === 'district' ? 'District' : grouped.groupBy === 'school' ? 'School' : 'Team'}: ${clip(label, 90)}`)}\n${paint.heading(rule)}\n${(await writeReportText(report, options)).trimEnd()}`,
    );
  }
  return `${sections.join('\n\n')}\n`;
}
