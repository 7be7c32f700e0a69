import { escapeHtml } from '../../writers/html/escape-html.js';

/** A coordinate with at most one decimal, so that output is the same on every platform. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** The opening tag of an accessible inline SVG with its text alternative. */
export function svgOpen(className: string, width: number, height: number, label: string): string {
  return `<svg class="${className}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title>`;
}

/** An SVG text element; the content is escaped. */
export function svgLabel(
  x: number,
  y: number,
  text: string,
  attrs: { anchor?: 'start' | 'middle' | 'end'; className?: string; fill?: string } = {},
): string {
  const anchor = attrs.anchor && attrs.anchor !== 'start' ? ` text-anchor="${attrs.anchor}"` : '';
  const cls = attrs.className ? ` class="${attrs.className}"` : '';
  const fill = attrs.fill ? ` fill="${attrs.fill}"` : '';
  return `<text x="${px(x)}" y="${px(y)}"${anchor}${cls}${fill}>${escapeHtml(text)}</text>`;
}
