import type { Figure } from '../../../document/model.js';
import { fontChain, segmentText, spansWidth } from '../../fonts/segment-text.js';
import type { Flow } from './flow.js';

/** `#rrggbb` as PDF RGB components in [0, 1]. */
export function rgb(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1] ?? '000000';
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
}

/**
 * A figure: kept on one page, scaled down to the text width, its shapes drawn as paths and its texts as
 * lines of text in the body font, with space after. The text alternative goes with the page's drawing
 * for writers that tag structure.
 */
export function layoutFigure(flow: Flow, block: Figure): void {
  const scale = Math.min(1, flow.width / block.width, flow.bodyHeight / block.height);
  const height = block.height * scale;
  flow.ensure(height);
  const left = flow.left;
  const top = flow.y;
  const X = (x: number) => left + x * scale;
  const Y = (y: number) => top - y * scale;
  const chain = fontChain(flow.fonts, 'regular');
  flow.page.ops.push({ kind: 'figure-start', alt: block.alt });
  for (const shape of block.shapes) {
    if (shape.kind === 'rect') {
      const box = {
        x: X(shape.x),
        y: Y(shape.y + shape.height),
        width: shape.width * scale,
        height: shape.height * scale,
      };
      flow.page.ops.push({
        kind: 'path',
        points: [
          [box.x, box.y],
          [box.x + box.width, box.y],
          [box.x + box.width, box.y + box.height],
          [box.x, box.y + box.height],
        ],
        closed: true,
        ...(shape.fill ? { fill: rgb(shape.fill) } : {}),
        ...(shape.stroke ? { stroke: rgb(shape.stroke), lineWidth: 0.5 } : {}),
      });
    } else if (shape.kind === 'line') {
      flow.page.ops.push({
        kind: 'path',
        points: shape.points.map(([x, y]) => [X(x), Y(y)] as [number, number]),
        closed: false,
        stroke: rgb(shape.stroke),
        lineWidth: (shape.width ?? 1) * scale,
      });
    } else {
      const size = shape.size * scale;
      const spans = segmentText(shape.text, chain);
      const width = spansWidth(spans, size);
      const shift = shape.anchor === 'middle' ? width / 2 : shape.anchor === 'end' ? width : 0;
      flow.page.ops.push({ kind: 'text', x: X(shape.x) - shift, baseline: Y(shape.y), size, spans });
    }
  }
  flow.page.ops.push({ kind: 'figure-end' });
  flow.advance(Math.min(height + flow.fontSize * 0.6, flow.room));
}
