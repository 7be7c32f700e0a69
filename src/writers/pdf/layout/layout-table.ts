import type { Table, TableRow } from '../../../document/model.js';
import type { StructNode } from '../../../document/structure.js';
import type { Flow } from './flow.js';
import { type CellLayout, layoutCell } from './layout-cell.js';

interface MeasuredRow {
  cells: { x: number; width: number; shade: boolean; layout: CellLayout }[];
  height: number;
  /** Grows to the bottom of the page when drawn (TableRow.fill). */
  fill: boolean;
}

/**
 * A table with relative column widths. Rows never split across pages; header rows are repeated on every
 * page the table continues on; a row taller than a page is laid out again at smaller sizes until it fits.
 */
export function layoutTable(flow: Flow, table: Table, node: StructNode | undefined): void {
  const { header, rows } = measureTable(flow, table);
  const headerHeight = header.reduce((sum, row) => sum + row.height, 0);
  const trs = node?.children ?? [];
  flow.ensure(headerHeight + (rows[0]?.height ?? 0));
  header.forEach((row, r) => {
    drawRow(flow, row, trs[r]);
  });
  rows.forEach((row, r) => {
    if (row.height > flow.room + 0.01) {
      flow.newPage();
      // Repeated header rows are pagination artifacts: the table's header cells are the first ones.
      for (const head of header) drawRow(flow, head, undefined);
    }
    drawRow(flow, row, trs[header.length + r]);
  });
  flow.advance(Math.min(flow.fontSize * 0.6, flow.room));
}

/** Height of the table's header rows and first row: what a heading above it must stay with. */
export function tableLead(flow: Flow, table: Table): number {
  const { header, rows } = measureTable(flow, table, 1);
  return [...header, ...rows].reduce((sum, row) => sum + row.height, 0);
}

/** Measures the header rows and the first `count` body rows (all by default) for the flow's column. */
function measureTable(
  flow: Flow,
  table: Table,
  count = table.rows.length,
): { header: MeasuredRow[]; rows: MeasuredRow[] } {
  const total = table.columns.reduce((a, b) => a + b, 0) || 1;
  const widths = table.columns.map((c) => (c / total) * flow.width);
  const measure = (row: TableRow, scale: number): MeasuredRow => {
    let column = 0;
    let x = flow.left;
    let height = Math.min(row.minHeight ?? 0, flow.bodyHeight);
    const cells = row.cells.map((cell) => {
      const span = Math.max(1, cell.span ?? 1);
      const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      const layout = layoutCell(cell, width, flow.fontSize * scale, flow.fonts);
      const placed = { x, width, shade: cell.shade === true, layout };
      column += span;
      x += width;
      height = Math.max(height, layout.height);
      return placed;
    });
    return { cells, height, fill: row.fill === true };
  };
  const fitted = (row: TableRow, room: number): MeasuredRow => {
    let scale = 1;
    let measured = measure(row, scale);
    while (measured.height > room && scale > 0.1) {
      scale *= 0.85;
      measured = measure(row, scale);
    }
    return { ...measured, height: Math.min(measured.height, room) };
  };
  const header = table.header.map((row) => fitted(row, flow.bodyHeight / 2));
  const headerHeight = header.reduce((sum, row) => sum + row.height, 0);
  const rowRoom = flow.bodyHeight - headerHeight;
  const rows = table.rows.slice(0, count).map((row) => fitted(row, rowRoom));
  return { header, rows };
}

/** Draws a row; its cells' content belongs to the cells of `tr`, or is an artifact without one. */
function drawRow(flow: Flow, measured: MeasuredRow, tr: StructNode | undefined): void {
  // A filling row leaves a line's room above the footer, as the table's own bottom gap does.
  const row = measured.fill
    ? { ...measured, height: Math.max(measured.height, flow.room - flow.fontSize * 0.6) }
    : measured;
  const y = flow.y - row.height;
  const stroke = Math.max(0.5, flow.fontSize / 24);
  const buttons = Math.max(0, ...row.cells.map((c) => c.layout.buttonBlock));
  row.cells.forEach((cell, c) => {
    const box = { x: cell.x, y, width: cell.width, height: row.height };
    if (cell.shade) flow.page.ops.push({ kind: 'rect', box, fill: 0.88 });
    const node = tr?.children[c];
    cell.layout.place(box, flow.page, buttons, node, node ? undefined : 'Pagination');
    flow.page.ops.push({ kind: 'rect', box, stroke });
  });
  flow.advance(row.height);
}
