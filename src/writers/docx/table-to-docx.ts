import {
  AlignmentType,
  HeightRule,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import type {
  Field,
  TableCell as ModelCell,
  TableRow as ModelRow,
  Table as ModelTable,
} from '../../document/model.js';
import { fieldToDocx } from './field-to-docx.js';
import { runsToDocx } from './runs-to-docx.js';
import { CELL_PADDING, LINE_HEIGHT, type SectionContext } from './section-context.js';
import { halfPoints, twips } from './units.js';

const SHADE = 'D9D9D9';
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/**
 * A model table as a fixed-layout Word table across the text width: header rows repeat on every page
 * (w:tblHeader), no row splits across pages (w:cantSplit), and rows are at least as tall as asked or as their
 * multi-line fields need.
 */
export function tableToDocx(table: ModelTable, context: SectionContext): Table {
  const widths = columnTwips(table.columns, context.textWidth);
  const row = (model: ModelRow, header: boolean) => rowToDocx(model, header, widths, context);
  return new Table({
    width: { size: sum(widths), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: {
      top: twips(CELL_PADDING.vertical),
      bottom: twips(CELL_PADDING.vertical),
      left: twips(CELL_PADDING.horizontal),
      right: twips(CELL_PADDING.horizontal),
    },
    rows: [...table.header.map((r) => row(r, true)), ...table.rows.map((r) => row(r, false))],
  });
}

/** Relative widths scaled to the text width in whole twips; rounding goes to the last column. */
export function columnTwips(columns: number[], textWidth: number): number[] {
  const total = twips(textWidth);
  const weight = sum(columns) || 1;
  const widths = columns.map((c) => Math.floor((total * c) / weight));
  if (widths.length > 0) widths[widths.length - 1]! += total - sum(widths);
  return widths;
}

function rowToDocx(row: ModelRow, header: boolean, widths: number[], context: SectionContext): TableRow {
  const height = Math.max(row.minHeight ?? 0, ...row.cells.map((cell) => fieldHeight(cell, context)));
  let column = 0;
  const cells = row.cells.map((cell) => {
    const span = Math.max(1, cell.span ?? 1);
    const width = sum(widths.slice(column, column + span));
    column += span;
    return cellToDocx(cell, width, context);
  });
  return new TableRow({
    children: cells,
    ...(header ? { tableHeader: true } : {}),
    cantSplit: true,
    ...(height > 0 ? { height: { value: twips(height), rule: HeightRule.ATLEAST } } : {}),
  });
}

function cellToDocx(cell: ModelCell, width: number, context: SectionContext): TableCell {
  const size = halfPoints(context.fontSize * (cell.scale ?? 1));
  const children: ParagraphChild[] = runsToDocx(cell.runs ?? [], size, context.documentSize);
  if (cell.field) {
    if (children.length > 0) children.push(...runsToDocx([{ text: ' ' }], size, context.documentSize));
    const placement = { ids: context.ids, size, documentSize: context.documentSize, inCell: true };
    children.push(...fieldToDocx(cell.field, placement));
  }
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(cell.span && cell.span > 1 ? { columnSpan: cell.span } : {}),
    ...(cell.shade ? { shading: { fill: SHADE, type: ShadingType.CLEAR, color: 'auto' } } : {}),
    ...(isChoice(cell.field) ? { verticalAlign: VerticalAlign.CENTER } : {}),
    children: [
      new Paragraph({
        children,
        ...(cell.align ? { alignment: ALIGN[cell.align] } : {}),
      }),
    ],
  });
}

/** Room for a multi-line field's visible lines, in points. */
function fieldHeight(cell: ModelCell, context: SectionContext): number {
  const field = cell.field;
  if (field?.kind !== 'text' || !field.multiline) return 0;
  const lines = field.lines ?? 3;
  return lines * context.fontSize * (cell.scale ?? 1) * LINE_HEIGHT + 2 * CELL_PADDING.vertical;
}

function isChoice(field: Field | undefined): boolean {
  return field?.kind === 'choice' || field?.kind === 'checkbox';
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
