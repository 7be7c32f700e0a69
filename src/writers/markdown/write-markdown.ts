import type { Block, DocumentModel, Field, Run, Table, TableCell } from '../../document/model.js';

/** Markdown, for previews and diffs: headings, lists, GitHub tables; fields shown as boxes and blanks. */
export async function writeMarkdown(model: DocumentModel): Promise<Uint8Array> {
  return new TextEncoder().encode(markdownOf(model));
}

/** The Markdown text of a model. */
export function markdownOf(model: DocumentModel): string {
  const out: string[] = [];
  model.sections.forEach((section, s) => {
    if (s > 0) out.push('---');
    for (const block of section.blocks) {
      const text = blockToMarkdown(block);
      if (text) out.push(text);
    }
    const footer = [section.footer?.left, section.footer?.center].filter(Boolean).join(' · ');
    if (footer && model.meta.kind === 'large-chart') out.push(`*${escapeMarkdown(footer)}*`);
  });
  const meta = `rubricate.rubric-id: ${model.meta.rubricId}; edition: ${model.meta.edition}; kind: ${model.meta.kind}`;
  out.push(`<!-- ${meta.replace(/--/g, '- -').replace(/>/g, '&gt;')} -->`);
  return `${out.join('\n\n')}\n`;
}

function blockToMarkdown(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${runs(block.runs)}`;
    case 'paragraph':
      return runs(block.runs);
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${runs(item)}`).join('\n');
    case 'table':
      return table(block);
    case 'field':
      return `${runs(block.label)}\n\n${fieldToMarkdown(block.field, true)}`;
    case 'page-break':
      return '---';
    case 'spacer':
      return '';
    case 'figure':
      return runs([{ text: `Figure: ${block.alt}`, italic: true }]);
  }
}

function table(block: Table): string {
  const rows = [...block.header, ...block.rows].map((row) =>
    row.cells.flatMap((cell) => [cellText(cell), ...Array<string>((cell.span ?? 1) - 1).fill('')]),
  );
  if (rows.length === 0) return '';
  const width = block.columns.length;
  const head = block.header.length > 0 ? rows.shift()! : Array<string>(width).fill(' ');
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(Array<string>(width).fill('---')), ...rows.map(line)].join('\n');
}

function cellText(cell: TableCell): string {
  const parts = [cell.runs ? runs(cell.runs) : '', cell.field ? fieldToMarkdown(cell.field, false) : ''];
  return parts.filter(Boolean).join(' ');
}

function fieldToMarkdown(field: Field, block: boolean): string {
  switch (field.kind) {
    case 'choice':
      return field.selected ? '☒' : '☐';
    case 'checkbox':
      return `${field.checked ? '☒' : '☐'} ${escapeMarkdown(field.label)}`;
    case 'date':
      return field.value ? escapeMarkdown(field.value) : '\\_\\_\\_\\_-\\_\\_-\\_\\_';
    case 'text':
      if (field.value) return escapeMarkdown(field.value);
      return block
        ? Array<string>(Math.min(field.lines ?? 1, 3))
            .fill('\\_'.repeat(40))
            .join('\n\n')
        : '\\_'.repeat(10);
  }
}

function runs(list: Run[]): string {
  return list
    .map((run) => {
      const text = escapeMarkdown(run.text);
      const core = text.trim();
      if (!core || (!run.bold && !run.italic)) return text;
      const mark = run.bold && run.italic ? '***' : run.bold ? '**' : '*';
      return text.replace(core, `${mark}${core}${mark}`);
    })
    .join('');
}

/** Escapes characters that Markdown (and GitHub's HTML sanitiser) would interpret; newlines become spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/^(\d+)\./, '$1\\.')
    .replace(/^([-+#])/, '\\$1');
}
