import type { Figure } from '../../document/model.js';
import { escapeHtml } from './escape-html.js';

const n = (v: number) => String(Math.round(v * 10) / 10);
const color = (c: string) => (/^#[0-9a-f]{6}$/i.test(c) ? c : '#000000');

/** A model figure as inline SVG with its text alternative (role img, title and aria-label). */
export function figureSvg(block: Figure): string {
  const parts = block.shapes.map((shape) => {
    if (shape.kind === 'rect')
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" fill="${shape.fill ? color(shape.fill) : 'none'}"${shape.stroke ? ` stroke="${color(shape.stroke)}" stroke-width="0.5"` : ''}/>`;
    if (shape.kind === 'line')
      return `<polyline fill="none" stroke="${color(shape.stroke)}" stroke-width="${n(shape.width ?? 1)}" points="${shape.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}"/>`;
    const anchor = shape.anchor && shape.anchor !== 'start' ? ` text-anchor="${shape.anchor}"` : '';
    return `<text x="${n(shape.x)}" y="${n(shape.y)}" font-size="${n(shape.size)}"${anchor}>${escapeHtml(shape.text)}</text>`;
  });
  const alt = escapeHtml(block.alt);
  return `<figure class="figure"><svg viewBox="0 0 ${n(block.width)} ${n(block.height)}" style="max-width:${n(block.width)}px;width:100%;height:auto" role="img" aria-label="${alt}"><title>${alt}</title>${parts.join('')}</svg></figure>`;
}
