import type { Block, DocumentModel } from '../document/model.js';
import type { GroupedReport } from '../score/report.js';
import { groupedSubtitle, groupedTitle, rollupRows } from './grouped/rollup-table.js';
import { heading, paragraph, type TableColumn, table } from './report-blocks.js';
import { documentFor, reportBlocks } from './report-document.js';
import { rollupFigure } from './report-figures.js';
import { contextLine } from './report-format.js';

/** The grouped report as a document: the roll-up tables, then each group's report under its own heading. */
export function groupedDocument(grouped: GroupedReport): DocumentModel {
  const rows = rollupRows(grouped, initialsOf);
  const columns = (head: string[], first: number, from: number): TableColumn[] =>
    head.map((h, k) => ({
      head: h,
      width: k === 0 ? first : h === 'Respondents' ? 1.6 : 1,
      ...(k >= from ? { align: 'right' as const } : {}),
    }));
  const chart = rollupFigure(grouped);
  const blocks: Block[] = [
    heading(1, groupedTitle(grouped)),
    paragraph(groupedSubtitle(grouped)),
    heading(2, 'Roll-up'),
    ...(chart ? [chart] : []),
    table(columns(rows.head, 3, 1), rows.groups),
    paragraph(
      grouped.groups[0]!.report.ingredients.map((i) => `${initialsOf(i.title)} = ${i.title}`).join(' · '),
      0.85,
    ),
    heading(3, rows.weakestTitle),
    table(columns(rows.weakestHead, 3, 1), rows.weakest),
    heading(3, "Items most often answered Don't know (data gaps)"),
    rows.gaps.length === 0
      ? paragraph('None.')
      : table(
          rows.gapsHead.map((h, k) => ({
            head: h,
            width: [1.6, 5, 1, 1][k]!,
            ...(k >= 2 ? { align: 'right' as const } : {}),
          })),
          rows.gaps,
        ),
  ];
  for (const { label, report } of grouped.groups) {
    const where = contextLine(report.context);
    blocks.push(
      heading(1, label),
      ...(where ? [paragraph([{ text: where, bold: true }])] : []),
      ...reportBlocks(report),
    );
  }
  const { respondents } = grouped.groups[0]!.report;
  return documentFor({ ...grouped, respondents }, groupedTitle(grouped), blocks);
}

function initialsOf(title: string): string {
  return (
    title
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((w) => w[0]!.toUpperCase())
      .join('')
      .slice(0, 5) || '?'
  );
}
