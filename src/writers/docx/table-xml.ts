import { CELL_PADDING } from './section-context.js';
import { twips } from './units.js';

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="auto"';
const SHADE = 'D9D9D9';
const padding = (side: string, points: number) => `<w:${side} w:w="${twips(points)}" w:type="dxa"/>`;
/** Table properties after the width: the same for every table. */
const TABLE_PROPERTIES =
  `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('')}</w:tblBorders>` +
  '<w:tblLayout w:type="fixed"/>' +
  `<w:tblCellMar>${padding('top', CELL_PADDING.vertical)}${padding('left', CELL_PADDING.horizontal)}` +
  `${padding('bottom', CELL_PADDING.vertical)}${padding('right', CELL_PADDING.horizontal)}</w:tblCellMar>`;

/**
 * A fixed-layout table (w:tbl) with single borders and the standard cell padding; `widths` in twips. Element
 * order follows the WordprocessingML schema (tblPr, tblGrid, rows).
 */
export function tableXml(widths: number[], rows: string): string {
  const total = widths.reduce((a, b) => a + b, 0);
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${TABLE_PROPERTIES}</w:tblPr>` +
    `<w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`
  );
}

export interface RowOptions {
  /** Repeated at the top of each page (w:tblHeader). */
  header: boolean;
  /** Minimum height in twips; 0 for none. */
  height: number;
}

/** A row that never splits across pages (w:cantSplit). */
export function rowXml({ header, height }: RowOptions, cells: string): string {
  const minimum = height > 0 ? `<w:trHeight w:val="${height}" w:hRule="atLeast"/>` : '';
  return `<w:tr><w:trPr><w:cantSplit/>${minimum}${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`;
}

export interface CellOptions {
  /** Width in twips. */
  width: number;
  span?: number;
  shade?: boolean;
  middle?: boolean;
}

/** A cell holding one paragraph. */
export function cellXml(options: CellOptions, paragraph: string): string {
  let properties = `<w:tcW w:w="${options.width}" w:type="dxa"/>`;
  if (options.span && options.span > 1) properties += `<w:gridSpan w:val="${options.span}"/>`;
  if (options.shade) properties += `<w:shd w:val="clear" w:color="auto" w:fill="${SHADE}"/>`;
  if (options.middle) properties += '<w:vAlign w:val="center"/>';
  return `<w:tc><w:tcPr>${properties}</w:tcPr>${paragraph}</w:tc>`;
}
