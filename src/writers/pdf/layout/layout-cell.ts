import type { Run, TableCell } from '../../../document/model.js';
import { formOf, type StructNode } from '../../../document/structure.js';
import type { FontSet } from '../../fonts/load-fonts.js';
import { fontChain, segmentText, spansWidth } from '../../fonts/segment-text.js';
import { buttonSize, fieldHeight, padding } from './field-size.js';
import type { Box, PagePlan } from './page-plan.js';
import { lineHeight, placeLines } from './place-lines.js';
import { type Line, styleOf, wrapRuns } from './wrap-runs.js';

/** A cell measured for a width: its natural height, and how to draw it into the row's box. */
export interface CellLayout {
  height: number;
  /** Height of the button and its caption (0 without a button), so a row can line its buttons up. */
  buttonBlock: number;
  /**
   * Draws the cell; `rowButtonBlock` is the tallest buttonBlock of the row. Its text is content of `node`
   * (the TD or TH), its widget held by the node's Form; without a node the text is an artifact (`artifact`).
   */
  place(box: Box, page: PagePlan, rowButtonBlock: number, node?: StructNode, artifact?: 'Pagination'): void;
}

/**
 * Lays out a table cell: its text on top, then its field. A radio button or checkbox is centred, with the
 * option's label under it when the label fits the cell without breaking a word; a text field fills the rest.
 */
export function layoutCell(cell: TableCell, width: number, bodySize: number, fonts: FontSet): CellLayout {
  const pad = padding(bodySize);
  const inner = Math.max(1, width - 2 * pad);
  const size = fitWords(cell.runs ?? [], bodySize * (cell.scale ?? 1), inner, fonts);
  const text = cell.runs && cell.runs.length > 0 ? wrapRuns(cell.runs, size, inner, fonts) : [];
  const textHeight = text.length * lineHeight(size);
  const field = cell.field;
  let caption: Line[] = [];
  const captionSize = size * 0.75;
  if (field && (field.kind === 'choice' || field.kind === 'checkbox')) {
    const lines = wrapRuns([{ text: field.label }], captionSize, inner, fonts);
    const unbroken = lines.length <= field.label.split(/\s+/).length;
    if (unbroken && lines.length <= 3 && field.label.trim() !== '') caption = lines;
  }
  const captionHeight = caption.length * lineHeight(captionSize);
  const fieldBox = field ? fieldHeight(field, size, 2) : 0;
  const gap = text.length > 0 && field ? pad / 2 : 0;
  const height = 2 * pad + textHeight + gap + fieldBox + (caption.length > 0 ? pad / 2 + captionHeight : 0);
  const isButton = field?.kind === 'choice' || field?.kind === 'checkbox';
  const buttonBlock = isButton ? fieldBox + (caption.length > 0 ? pad / 2 + captionHeight : 0) : 0;
  return {
    height,
    buttonBlock,
    place(box, page, rowButtonBlock, node, artifact) {
      const top = box.y + box.height - pad;
      page.ops.push(...placeLines(text, box.x + pad, inner, top, size, cell.align, node, artifact));
      if (!field) return;
      const form = formOf(node);
      if (form && node) page.ops.push({ kind: 'mark', node: form, in: node });
      const below = top - textHeight - gap;
      if (field.kind === 'text' || field.kind === 'date') {
        const h = Math.max(lineHeight(size) * 0.8, below - (box.y + pad / 2));
        const rect = { x: box.x + pad / 2, y: below - h, width: width - pad, height: h };
        page.ops.push({ kind: 'rect', box: rect, stroke: Math.max(0.3, bodySize / 30) });
        page.widgets.push({ field, box: rect, fontSize: size, node: form });
        return;
      }
      const side = Math.min(buttonSize(size), width - pad);
      const block = side + (caption.length > 0 ? pad / 2 + captionHeight : 0);
      const space = below - (box.y + pad);
      // Centre the row's tallest button block, so buttons in a row line up whatever their captions.
      const tallest = Math.max(block, rowButtonBlock);
      const buttonTop = below - Math.max(0, Math.min((space - tallest) / 2, space - block));
      const rect = { x: box.x + (width - side) / 2, y: buttonTop - side, width: side, height: side };
      page.widgets.push({ field, box: rect, fontSize: size, node: form });
      page.ops.push({ kind: 'rect', box: rect, stroke: 0.6, round: field.kind === 'choice' });
      page.ops.push(
        ...placeLines(caption, box.x + pad, inner, rect.y - pad / 2, captionSize, 'center', node, artifact),
      );
    },
  };
}

/**
 * The text size for a narrow cell: down to 75% of `size` so that its longest word fits unbroken (a header
 * like "Strength" in a narrow column); words longer than that are still broken by wrapRuns.
 */
function fitWords(runs: readonly Run[], size: number, inner: number, fonts: FontSet): number {
  let longest = 0;
  for (const run of runs) {
    const chain = fontChain(fonts, styleOf(run));
    for (const word of run.text.split(/\s+/)) {
      if (word !== '') longest = Math.max(longest, spansWidth(segmentText(word, chain, run.text), size));
    }
  }
  return longest > inner ? Math.max(size * 0.75, (size * inner) / longest) : size;
}
