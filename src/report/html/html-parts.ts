import { escapeHtml } from '../../writers/html/escape-html.js';

/** Markup that is already safe; any plain string given where Content is expected is escaped. */
export interface Html {
  html: string;
}
export type Content = string | Html;

/** Marks markup built from escaped parts as safe. */
export function raw(html: string): Html {
  return { html };
}

/** The markup of content: plain text escaped, Html as is. */
export function render(content: Content): string {
  return typeof content === 'string' ? escapeHtml(content) : content.html;
}

/** An element with escaped content and an optional class. */
export function el(tag: string, content: Content, className?: string): string {
  return `<${tag}${className ? ` class="${className}"` : ''}>${render(content)}</${tag}>`;
}

export interface Column {
  head: string;
  /** `num` right-aligns figures. */
  className?: string;
}

/**
 * A table with a header row; on a phone each row becomes a card whose cells are labelled with the column
 * heads (data-label, shown by the stylesheet).
 */
export function htmlTable(columns: Column[], rows: Content[][], className?: string): string {
  const head = columns
    .map((c) => `<th scope="col"${c.className ? ` class="${c.className}"` : ''}>${escapeHtml(c.head)}</th>`)
    .join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell, i) => {
            const column = columns[i];
            const cls = column?.className ? ` class="${column.className}"` : '';
            return `<td data-label="${escapeHtml(column?.head ?? '')}"${cls}>${render(cell)}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('\n');
  return `<div class="table-wrap"><table${className ? ` class="${className}"` : ''}><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/** A list of escaped or safe items; empty string for no items. */
export function htmlList(items: Content[], ordered = false): string {
  if (items.length === 0) return '';
  const tag = ordered ? 'ol' : 'ul';
  return `<${tag}>${items.map((item) => `<li>${render(item)}</li>`).join('')}</${tag}>`;
}

/** A section with an id for the table of contents, its h2 heading and body. */
export function htmlSection(id: string, title: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-title">\n<h2 id="${id}-title">${escapeHtml(title)}</h2>\n${body}\n</section>`;
}
