import type { StructNode } from '../../../document/structure.js';
import type { TextOp } from './page-plan.js';
import type { Line } from './wrap-runs.js';

/** Line height for a font size. */
export function lineHeight(size: number): number {
  return size * 1.2;
}

/**
 * Text ops for wrapped lines whose first line's top is at `top`, aligned within [x, x + width], tagged as
 * content of `node` (none: an artifact, of the kind `artifact`).
 */
export function placeLines(
  lines: readonly Line[],
  x: number,
  width: number,
  top: number,
  size: number,
  align: 'left' | 'center' | 'right' = 'left',
  node?: StructNode,
  artifact?: TextOp['artifact'],
): TextOp[] {
  return lines.map((line, i) => {
    const slack = Math.max(0, width - line.width);
    const dx = align === 'center' ? slack / 2 : align === 'right' ? slack : 0;
    return {
      kind: 'text',
      x: x + dx,
      baseline: top - i * lineHeight(size) - size * 0.946,
      size,
      spans: line.spans,
      node,
      artifact,
    };
  });
}
