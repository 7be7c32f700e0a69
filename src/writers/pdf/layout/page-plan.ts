import type { DocSection, Field } from '../../../document/model.js';
import type { StructNode } from '../../../document/structure.js';
import type { TextSpan } from '../../fonts/segment-text.js';

/** A box in PDF coordinates (origin bottom-left, points). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One line of text: spans drawn one after another from (x, baseline). */
export interface TextOp {
  kind: 'text';
  x: number;
  baseline: number;
  size: number;
  spans: TextSpan[];
  /** The structure element the text belongs to; without one the text is an artifact. */
  node?: StructNode;
  /** Running headers and footers, and table header rows repeated on a new page. */
  artifact?: 'Header' | 'Footer' | 'Pagination';
}

/** A rectangle, filled with a grey level and/or stroked with a line width. */
export interface RectOp {
  kind: 'rect';
  box: Box;
  fill?: number;
  stroke?: number;
  /** Drawn as the ellipse inside the box (radio buttons). */
  round?: boolean;
}

/** A polygon or polyline in RGB (a figure's bars and lines). */
export interface PathOp {
  kind: 'path';
  points: [number, number][];
  closed: boolean;
  fill?: [number, number, number];
  stroke?: [number, number, number];
  lineWidth?: number;
}

/** Where a figure's drawing begins and ends, with its text alternative (for structure tagging). */
export type FigureMark = { kind: 'figure-start'; alt: string } | { kind: 'figure-end' };

/**
 * Draws nothing: marks where a structure element without content of its own (the Form of a widget) comes
 * in the reading order of the page's content.
 */
export interface MarkOp {
  kind: 'mark';
  node: StructNode;
  /** The element it is a child of (a table cell, a field block's paragraph). */
  in: StructNode;
}

/** Rectangles (rules, shading, field boxes) are always artifacts. */
export type DrawOp = TextOp | RectOp | PathOp | FigureMark | MarkOp;

/** Where a fillable field's widget goes, and the text size its value is typed in. */
export interface WidgetPlan {
  field: Field;
  box: Box;
  fontSize: number;
  /** The Form structure element holding the widget. */
  node?: StructNode;
}

/** A laid-out page: what to draw and where the widgets go. Running text is added once the page count is known. */
export interface PagePlan {
  width: number;
  height: number;
  section: DocSection;
  ops: DrawOp[];
  widgets: WidgetPlan[];
}
