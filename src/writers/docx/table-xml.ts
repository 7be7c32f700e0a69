import { CELL_PADDING } from './section-context.js';
import { twips } from './units.js';
import { element, valued, type XmlTree } from './xml-tree.js';

const BORDER = { 'w:val': 'single', 'w:sz': 4, 'w:space': 0, 'w:color': 'auto' };
const SHADE = 'D9D9D9';

/**
 * A fixed-layout table (w:tbl) with single borders and the standard cell padding; `widths` in twips. Element
 * order follows the WordprocessingML schema (tblPr, tblGrid, rows).
 */
export function tableTree(widths: number[], rows: XmlTree[]): XmlTree {
  const total = widths.reduce((a, b) => a + b, 0);
  const padding = (name: string, points: number) => element(name, { 'w:w': twips(points), 'w:type': 'dxa' });
  const properties = element('w:tblPr', undefined, [
    element('w:tblW', { 'w:w': total, 'w:type': 'dxa' }),
    element(
      'w:tblBorders',
      undefined,
      ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'].map((side) =>
        element(side, BORDER),
      ),
    ),
    element('w:tblLayout', { 'w:type': 'fixed' }),
    element('w:tblCellMar', undefined, [
      padding('w:top', CELL_PADDING.vertical),
      padding('w:left', CELL_PADDING.horizontal),
      padding('w:bottom', CELL_PADDING.vertical),
      padding('w:right', CELL_PADDING.horizontal),
    ]),
  ]);
  const grid = element(
    'w:tblGrid',
    undefined,
    widths.map((w) => element('w:gridCol', { 'w:w': w })),
  );
  return element('w:tbl', undefined, [properties, grid, ...rows]);
}

export interface RowOptions {
  /** Repeated at the top of each page (w:tblHeader). */
  header: boolean;
  /** Minimum height in twips; 0 for none. */
  height: number;
}

/** A row that never splits across pages (w:cantSplit). */
export function rowTree({ header, height }: RowOptions, cells: XmlTree[]): XmlTree {
  const properties: XmlTree[] = [element('w:cantSplit')];
  if (height > 0) properties.push(element('w:trHeight', { 'w:val': height, 'w:hRule': 'atLeast' }));
  if (header) properties.push(element('w:tblHeader'));
  return element('w:tr', undefined, [element('w:trPr', undefined, properties), ...cells]);
}

export interface CellOptions {
  /** Width in twips. */
  width: number;
  span?: number;
  shade?: boolean;
  middle?: boolean;
}

/** A cell holding one paragraph. */
export function cellTree(options: CellOptions, paragraph: XmlTree): XmlTree {
  const properties: XmlTree[] = [element('w:tcW', { 'w:w': options.width, 'w:type': 'dxa' })];
  if (options.span && options.span > 1) properties.push(valued('w:gridSpan', options.span));
  if (options.shade)
    properties.push(element('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': SHADE }));
  if (options.middle) properties.push(valued('w:vAlign', 'center'));
  return element('w:tc', undefined, [element('w:tcPr', undefined, properties), paragraph]);
}

/** A paragraph (w:p) of runs and inline content controls. */
export function paragraphTree(align: 'left' | 'center' | 'right' | undefined, children: XmlTree[]): XmlTree {
  const properties = align ? [element('w:pPr', undefined, [valued('w:jc', align)])] : [];
  return element('w:p', undefined, [...properties, ...children]);
}
