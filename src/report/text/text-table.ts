/** A column of a terminal table. */
export interface Column {
  header: string;
  align?: 'left' | 'right';
}

/** A cell: its text, and a style applied after padding (so colour codes do not upset the widths). */
export type Cell = string | { text: string; style: (text: string) => string };

/** A table with a header and a dim rule under it, columns two spaces apart, each as wide as its widest cell. */
export function textTable(
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  indent = '  ',
  dim: (text: string) => string = (t) => t,
): string[] {
  const text = (cell: Cell) => (typeof cell === 'string' ? cell : cell.text);
  const widths = columns.map((column, k) =>
    Math.max(column.header.length, ...rows.map((row) => text(row[k] ?? '').length)),
  );
  const line = (cells: readonly Cell[]) =>
    indent +
    columns
      .map((column, k) => {
        const cell = cells[k] ?? '';
        const padded = pad(text(cell), widths[k]!, column.align ?? 'left');
        return typeof cell === 'string' ? padded : cell.style(padded);
      })
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    dim(indent + widths.map((w) => '─'.repeat(w)).join('  ')),
    ...rows.map(line),
  ];
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const space = ' '.repeat(Math.max(0, width - text.length));
  return align === 'right' ? space + text : text + space;
}
