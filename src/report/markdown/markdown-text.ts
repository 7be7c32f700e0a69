import { sanitizeForDisplay } from '../../diagnostics/sanitize.js';

/**
 * Text for inline Markdown (table cells, list items): one line, control characters escaped, and the
 * characters Markdown and HTML give meaning to backslash-escaped or as entities, so that responses can
 * neither break the table nor inject links, images or HTML into a pull-request comment.
 */
export function mdText(text: string, max = 300): string {
  const one = sanitizeForDisplay(text.replace(/\s+/g, ' ').trim(), 100_000);
  const cut = one.length > max ? `${one.slice(0, max - 1)}…` : one;
  return cut
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/^([-=#+])/, '\\$1')
    .replace(/^(\d+)\./, '$1\\.');
}

/** A GitHub-flavoured Markdown table. */
export function mdTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string[] {
  const rule = headers.map((_, k) => (right.includes(k) ? '---:' : '---'));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(rule), ...rows.map(line)];
}

/** A bar of ten cells for a position on the scale, readable without colour. */
export function mdBar(position: number): string {
  const full = Math.round(Math.min(1, Math.max(0, position)) * 10);
  return `${'█'.repeat(full)}${'░'.repeat(10 - full)}`;
}
