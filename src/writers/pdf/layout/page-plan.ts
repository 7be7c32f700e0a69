import type { DocSection, Field } from '../../../document/model.js';
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

export type DrawOp = TextOp | RectOp | PathOp | FigureMark;

/** Where a fillable field's widget goes, and the text size its value is typed in. */
export interface WidgetPlan {
  field: Field;
  box: Box;
  fontSize: number;
}

/** A laid-out page: what to draw and where the widgets go. Running text is added once the page count is known. */
export interface PagePlan {
  width: number;
  height: number;
  section: DocSection;
  ops: DrawOp[];
  widgets: WidgetPlan[];
}
