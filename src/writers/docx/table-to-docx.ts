import type {
  Field,
  TableCell as ModelCell,
  TableRow as ModelRow,
  Table as ModelTable,
} from '../../document/model.js';
import { fieldToDocx } from './field-to-docx.js';
import { paragraphXml } from './paragraph-xml.js';
import { runXml } from './runs-to-docx.js';
import { CELL_PADDING, LINE_HEIGHT, type SectionContext } from './section-context.js';
import { cellXml, rowXml, tableXml } from './table-xml.js';
import { halfPoints, twips } from './units.js';

/**
 * A model table as a fixed-layout Word table across the text width: header rows repeat on every page
 * (w:tblHeader), no row splits across pages (w:cantSplit), and rows are at least as tall as asked or as their
 * multi-line fields need.
 */
export function tableToDocx(table: ModelTable, context: SectionContext): string {
  const widths = columnTwips(table.columns, context.textWidth);
  let rows = '';
  for (const row of table.header) if (hasCells(row)) rows += rowToDocx(row, true, widths, context);
  for (const row of table.rows) if (hasCells(row)) rows += rowToDocx(row, false, widths, context);
  return tableXml(widths, rows);
}

/** Relative widths scaled to the text width in whole twips; rounding goes to the last column. */
export function columnTwips(columns: number[], textWidth: number): number[] {
  const total = twips(textWidth);
  const weight = columns.reduce((a, b) => a + b, 0) || 1;
  const widths = columns.map((c) => Math.floor((total * c) / weight));
  const last = widths.length - 1;
  if (last >= 0) widths[last] = (widths[last] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function rowToDocx(row: ModelRow, header: boolean, widths: number[], context: SectionContext): string {
  let height = row.minHeight ?? 0;
  let column = 0;
  let cells = '';
  for (const cell of row.cells) {
    height = Math.max(height, fieldHeight(cell, context));
    const span = Math.max(1, cell.span ?? 1);
    let width = 0;
    for (let i = column; i < column + span && i < widths.length; i++) width += widths[i]!;
    column += span;
    cells += cellToDocx(cell, width, context);
  }
  return rowXml({ header, height: twips(height) }, cells);
}

function cellToDocx(cell: ModelCell, width: number, context: SectionContext): string {
  const inner = width / 20 - 2 * CELL_PADDING.horizontal;
  const size = halfPoints(fitWords(cell, context.fontSize * (cell.scale ?? 1), inner));
  const stated = size === context.documentSize ? undefined : size;
  let content = '';
  for (const run of cell.runs ?? []) {
    content += runXml(run.text, { bold: run.bold === true, italic: run.italic === true, size: stated });
  }
  if (cell.field) {
    if (content !== '') content += runXml(' ', { size: stated });
    const placement = { ids: context.ids, size, documentSize: context.documentSize, inCell: true };
    content += fieldToDocx(cell.field, placement);
  }
  const options = {
    width,
    ...(cell.span ? { span: cell.span } : {}),
    ...(cell.shade ? { shade: true } : {}),
    ...(isCheckable(cell.field) ? { middle: true } : {}),
  };
  return cellXml(options, paragraphXml(cell.align ? { align: cell.align } : {}, content));
}

/**
 * Advance of an Arial Bold / Arial letter in the scale's words, in ems (measured with Liberation Sans, Arial's
 * metric twin: 0.49–0.54 bold, 0.46–0.50 regular), with a margin: an estimate, as Word does its own layout.
 */
const BOLD_EM = 0.6;
const REGULAR_EM = 0.56;

/**
 * The size at which the cell's longest word fits its width, down to 75%, as the PDF writer does: so that a
 * narrow column's "Strength" stays whole instead of breaking between letters.
 */
function fitWords(cell: ModelCell, size: number, inner: number): number {
  let longest = 0;
  for (const run of cell.runs ?? []) {
    const em = run.bold ? BOLD_EM : REGULAR_EM;
    for (const word of run.text.split(/\s+/)) longest = Math.max(longest, [...word].length * em * size);
  }
  return longest > inner ? Math.max(size * 0.75, (size * inner) / longest) : size;
}

/** Room for a multi-line field's visible lines, in points. */
function fieldHeight(cell: ModelCell, context: SectionContext): number {
  const field = cell.field;
  if (field?.kind !== 'text' || !field.multiline) return 0;
  const lines = field.lines ?? 3;
  return lines * context.fontSize * (cell.scale ?? 1) * LINE_HEIGHT + 2 * CELL_PADDING.vertical;
}

function hasCells(row: ModelRow): boolean {
  return row.cells.length > 0;
}

function isCheckable(field: Field | undefined): boolean {
  return field?.kind === 'choice' || field?.kind === 'checkbox';
}
