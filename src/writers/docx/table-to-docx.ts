import type {
  Field,
  TableCell as ModelCell,
  TableRow as ModelRow,
  Table as ModelTable,
} from '../../document/model.js';
import { fieldToDocx } from './field-to-docx.js';
import { CELL_PADDING, LINE_HEIGHT, type SectionContext } from './section-context.js';
import { cellTree, paragraphTree, rowTree, tableTree } from './table-tree.js';
import { halfPoints, twips } from './units.js';
import { runTree, type XmlTree } from './xml-tree.js';

/**
 * A model table as a fixed-layout Word table across the text width: header rows repeat on every page
 * (w:tblHeader), no row splits across pages (w:cantSplit), and rows are at least as tall as asked or as their
 * multi-line fields need.
 */
export function tableToDocx(table: ModelTable, context: SectionContext): XmlTree {
  const widths = columnTwips(table.columns, context.textWidth);
  const rows = [
    ...table.header.filter(hasCells).map((row) => rowToDocx(row, true, widths, context)),
    ...table.rows.filter(hasCells).map((row) => rowToDocx(row, false, widths, context)),
  ];
  return tableTree(widths, rows);
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

function rowToDocx(row: ModelRow, header: boolean, widths: number[], context: SectionContext): XmlTree {
  const height = Math.max(row.minHeight ?? 0, ...row.cells.map((cell) => fieldHeight(cell, context)));
  let column = 0;
  const cells = row.cells.map((cell) => {
    const span = Math.max(1, cell.span ?? 1);
    const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    column += span;
    return cellToDocx(cell, width, context);
  });
  return rowTree({ header, height: twips(height) }, cells);
}

function cellToDocx(cell: ModelCell, width: number, context: SectionContext): XmlTree {
  const size = halfPoints(context.fontSize * (cell.scale ?? 1));
  const stated = size === context.documentSize ? undefined : size;
  const children = (cell.runs ?? []).map((run) =>
    runTree(run.text, { bold: run.bold === true, italic: run.italic === true, size: stated }),
  );
  if (cell.field) {
    if (children.length > 0) children.push(runTree(' ', { size: stated }));
    const placement = { ids: context.ids, size, documentSize: context.documentSize, inCell: true };
    children.push(...fieldToDocx(cell.field, placement));
  }
  const options = {
    width,
    ...(cell.span ? { span: cell.span } : {}),
    ...(cell.shade ? { shade: true } : {}),
    ...(isCheckable(cell.field) ? { middle: true } : {}),
  };
  return cellTree(options, paragraphTree(cell.align, children));
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
