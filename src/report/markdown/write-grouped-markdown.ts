import type { GroupedReport } from '../../score/report.js';
import { groupedSubtitle, groupedTitle, rollupRows } from '../grouped/rollup-table.js';
import { mdTable, mdText } from './markdown-text.js';
import { writeReportMarkdown } from './write-report-markdown.js';

/** The Markdown report by group: the roll-up, then each group's report under its own heading. */
export async function writeGroupedMarkdown(grouped: GroupedReport): Promise<string> {
  const rows = rollupRows(grouped, (t) => t);
  const md = (table: string[][], max = 140) => table.map((row) => row.map((c) => mdText(c, max)));
  const count = (n: number, from: number) => Array.from({ length: n - from }, (_, k) => k + from);
  const lines = [
    `# ${mdText(groupedTitle(grouped))}`,
    '',
    mdText(groupedSubtitle(grouped), 400),
    '',
    '## Roll-up',
    '',
    ...mdTable(
      rows.head.map((h) => mdText(h, 40)),
      md(rows.groups),
      count(rows.head.length, 1),
    ),
    '',
    `### ${mdText(rows.weakestTitle)}`,
    '',
    ...mdTable(
      rows.weakestHead.map((h) => mdText(h)),
      md(rows.weakest),
      [1, 2],
    ),
    '',
    "### Items most often answered Don't know (data gaps)",
    '',
    ...(rows.gaps.length === 0
      ? ['None.']
      : mdTable(
          rows.gapsHead.map((h) => mdText(h)),
          md(rows.gaps),
          [2, 3],
        )),
    '',
  ];
  for (const { report } of grouped.groups) lines.push((await writeReportMarkdown(report)).trimEnd(), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
