import type { ControlIds } from './content-controls.js';

export type ListKind = 'bullet' | 'ordered';

/** What block conversion needs to know about the section it is in and the document so far. */
export interface SectionContext {
  /** The section's number in the document, from 0. */
  section: number;
  ids: ControlIds;
  /** The document's lists so far, in order; list n (from 1) uses numbering instance n (see docx-styles.ts). */
  lists: ListKind[];
  /** The document's default font size in half-points: runs of that size need not state it. */
  documentSize: number;
  /** Body text size in points. */
  fontSize: number;
  /** Width between the margins, in points. */
  textWidth: number;
}

/** Line height as a multiple of the font size, for turning "lines" hints into heights. */
export const LINE_HEIGHT = 1.25;

/** Cell padding in points. */
export const CELL_PADDING = { vertical: 2, horizontal: 4 };
