import type { Block, Run, TableCell, TableRow } from '../document/model.js';

/**
 * Small builders for the document model, so the report's sections read as content: headings, paragraphs,
 * lists and tables whose header row repeats on every page.
 */
export function heading(level: 1 | 2 | 3, text: string): Block {
  return { type: 'heading', level, runs: [{ text }] };
}

export function paragraph(runs: Run[] | string, scale?: number): Block {
  return {
    type: 'paragraph',
    runs: typeof runs === 'string' ? [{ text: runs }] : runs,
    ...(scale ? { scale } : {}),
  };
}

export function list(items: string[], ordered = false): Block {
  return { type: 'list', ordered, items: items.map((text) => [{ text }]) };
}

export type CellContent = string | Run[];

export interface TableColumn {
  head: string;
  /** Relative width. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

/** A table with one shaded header row (repeated on each page) and a row per entry. */
export function table(columns: TableColumn[], rows: CellContent[][]): Block {
  const header: TableRow[] = [
    {
      cells: columns.map(
        (c): TableCell => ({
          runs: [{ text: c.head, bold: true }],
          shade: true,
          // A little smaller than the body, so that one-word heads of narrow columns stay whole.
          scale: 0.9,
          ...(c.align ? { align: c.align } : {}),
        }),
      ),
    },
  ];
  return {
    type: 'table',
    columns: columns.map((c) => c.width),
    header,
    rows: rows.map((row) => ({
      cells: row.map((content, i): TableCell => {
        const align = columns[i]?.align;
        return {
          runs: typeof content === 'string' ? [{ text: content }] : content,
          ...(align ? { align } : {}),
        };
      }),
    })),
  };
}

export function spacer(height: number): Block {
  return { type: 'spacer', height };
}
