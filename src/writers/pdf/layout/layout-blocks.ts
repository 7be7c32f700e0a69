import type { FieldBlock, Heading, List, Paragraph } from '../../../document/model.js';
import { formOf, type StructNode } from '../../../document/structure.js';
import { fieldHeight, padding } from './field-size.js';
import type { Flow } from './flow.js';
import { lineHeight, placeLines } from './place-lines.js';
import { type Line, wrapRuns } from './wrap-runs.js';

const HEADING_SCALE = { 1: 1.6, 2: 1.3, 3: 1.1 } as const;

/** Places lines one by one, breaking pages between lines; the text is content of `node`. */
export function flowLines(
  flow: Flow,
  lines: readonly Line[],
  x: number,
  width: number,
  size: number,
  align: 'left' | 'center' | 'right' | undefined,
  node: StructNode | undefined,
): void {
  for (const line of lines) {
    flow.ensure(lineHeight(size));
    flow.page.ops.push(...placeLines([line], x, width, flow.y, size, align, node));
    flow.advance(lineHeight(size));
  }
}

/**
 * A heading: bold, larger, kept on one page with `keep` points of what follows (by default two body lines;
 * the start of a table below it), unless that would not fit on any page.
 */
export function layoutHeading(
  flow: Flow,
  block: Heading,
  node: StructNode | undefined,
  keep = 2 * lineHeight(flow.fontSize),
): void {
  const size = flow.fontSize * (block.scale ?? HEADING_SCALE[block.level]);
  const lines = wrapRuns(
    block.runs.map((r) => ({ ...r, bold: true })),
    size,
    flow.width,
    flow.fonts,
  );
  if (!flow.fresh) flow.advance(Math.min(size * 0.6, flow.room));
  const own = lines.length * lineHeight(size) + size * 0.3;
  flow.ensure(own + Math.min(keep, flow.bodyHeight - own));
  flowLines(flow, lines, flow.left, flow.width, size, undefined, node);
  flow.advance(Math.min(size * 0.3, flow.room));
}

/** A paragraph of runs, wrapped, with space after. */
export function layoutParagraph(flow: Flow, block: Paragraph, node: StructNode | undefined): void {
  const size = flow.fontSize * (block.scale ?? 1);
  flowLines(
    flow,
    wrapRuns(block.runs, size, flow.width, flow.fonts),
    flow.left,
    flow.width,
    size,
    block.align,
    node,
  );
  flow.advance(Math.min(flow.fontSize * 0.5, flow.room));
}

/** A bulleted or numbered list; items wrap under their own text, not under the marker. */
export function layoutList(flow: Flow, block: List, node: StructNode | undefined): void {
  const size = flow.fontSize;
  const indent = size * 1.8;
  block.items.forEach((runs, i) => {
    const [lbl, body] = node?.children[i]?.children ?? [];
    const lines = wrapRuns(runs, size, flow.width - indent, flow.fonts);
    const marker = wrapRuns([{ text: block.ordered ? `${i + 1}.` : '•' }], size, indent, flow.fonts);
    flow.ensure(lineHeight(size));
    flow.page.ops.push(
      ...placeLines(marker.slice(0, 1), flow.left, indent - size * 0.4, flow.y, size, 'right', lbl),
    );
    flowLines(flow, lines, flow.left + indent, flow.width - indent, size, undefined, body);
  });
  flow.advance(Math.min(size * 0.5, flow.room));
}

/** A label above a field box; both move to the next page together; a box never exceeds one page. */
export function layoutFieldBlock(flow: Flow, block: FieldBlock, node: StructNode | undefined): void {
  const size = flow.fontSize;
  const label = wrapRuns(block.label, size, flow.width, flow.fonts);
  const labelHeight = label.length * lineHeight(size);
  const gap = padding(size) / 2;
  const box = Math.min(fieldHeight(block.field, size, 4), flow.bodyHeight - labelHeight - gap);
  flow.ensure(labelHeight + gap + box);
  flowLines(flow, label, flow.left, flow.width, size, undefined, node);
  flow.advance(Math.min(gap, flow.room));
  const height = Math.min(box, flow.room);
  const { field } = block;
  const isButton = field.kind === 'choice' || field.kind === 'checkbox';
  const width = isButton ? height : flow.width;
  const rect = { x: flow.left, y: flow.y - height, width, height };
  const stroke = isButton ? 0.6 : Math.max(0.5, size / 20);
  flow.page.ops.push({ kind: 'rect', box: rect, stroke, round: field.kind === 'choice' });
  const form = formOf(node);
  flow.page.widgets.push({ field, box: rect, fontSize: size, node: form });
  if (form && node) flow.page.ops.push({ kind: 'mark', node: form, in: node });
  flow.advance(height);
  flow.advance(Math.min(size * 0.6, flow.room));
}
