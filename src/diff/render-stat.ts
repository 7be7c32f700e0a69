import { escapeHtml } from './render-html.js';
import { escapeMarkdown } from './render-markdown.js';
import { summaryLine } from './summary-line.js';
import { ITEM_KINDS, type RubricDiff } from './types.js';

/** Output formats of `rubricate diff`. */
export type DiffFormat = 'text' | 'md' | 'json' | 'html';

/**
 * The `--stat` view: counts per kind of change, overall and per ingredient, as a table in the chosen
 * format (JSON: the `stat` object with the header fields of the full diff).
 */
export function renderStat(diff: RubricDiff, format: DiffFormat): string {
  if (format === 'json') {
    const { version, old, new: nu, threshold, identical, stat } = diff;
    return `${JSON.stringify({ version, old, new: nu, threshold, identical, stat }, null, 2)}\n`;
  }
  const head = ['ingredient', ...ITEM_KINDS];
  const rows = diff.stat.sections.map((s) => [s.title, ...ITEM_KINDS.map((k) => String(s.counts[k]))]);
  rows.push(['total', ...ITEM_KINDS.map((k) => String(diff.stat.items[k]))]);
  const summary = summaryLine(diff);
  if (format === 'md') {
    const line = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
    return `${[line(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(line), '', escapeMarkdown(summary)].join('\n')}\n`;
  }
  if (format === 'html') {
    const cells = (tag: string, r: string[]) =>
      `<tr>${r.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
    return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Rubric diff statistics</title></head><body>\n<table>${cells('th', head)}${rows.map((r) => cells('td', r)).join('')}</table>\n<p>${escapeHtml(summary)}</p>\n</body></html>\n`;
  }
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return `${[line(head), ...rows.map(line), '', summary].join('\n')}\n`;
}
