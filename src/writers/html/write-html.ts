import { createHash } from 'node:crypto';
import { fieldManifest } from '../../document/field-manifest.js';
import { metadataEntries } from '../../document/metadata-entries.js';
import type {
  Block,
  DocSection,
  DocumentModel,
  Field,
  Run,
  Running,
  Table,
  TableCell,
} from '../../document/model.js';
import { schemaAddress } from '../../io/schema-address.js';
import { escapeHtml, jsonForScript } from './escape-html.js';
import { figureSvg } from './figure-svg.js';
import { HTML_SCRIPT } from './html-script.js';
import { HTML_STYLE } from './html-style.js';

/**
 * One self-contained, fillable HTML worksheet: real form controls, inline CSS and script, no network
 * requests. Every rubric and template value is escaped.
 */
export async function writeHtml(model: DocumentModel): Promise<Uint8Array> {
  return new TextEncoder().encode(htmlOf(model));
}

/** The HTML text of a model. */
export function htmlOf(model: DocumentModel): string {
  const ids = { next: 0 };
  const { meta } = model;
  const metaTags = metadataEntries(meta)
    .map(([name, content]) => `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">`)
    .join('\n');
  const body = model.sections.map((section) => sectionHtml(section, ids)).join('\n');
  const scriptMeta = {
    rubricId: meta.rubricId,
    edition: meta.edition,
    rubricHash: meta.rubricHash,
    kind: meta.kind,
    documentId: documentId(meta.rubricHash, meta.kind, body),
    // The saved responses file lands in a downloads folder: only an absolute path resolves from there.
    schema: schemaAddress('responses.schema.json', '-'),
  };
  return `<!DOCTYPE html>
<html lang="${escapeHtml(meta.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data: blob:; form-action 'none'">
<title>${escapeHtml(meta.title)}${meta.subject ? ` — ${escapeHtml(meta.subject)}` : ''}</title>
${metaTags}
<style>${HTML_STYLE}</style>
</head>
<body>
<form id="worksheet" autocomplete="off">
<main>
${body}
</main>
<div class="toolbar" role="region" aria-label="Save your answers">
<button type="button" id="download-responses">Save responses file</button>
<button type="button" class="secondary" id="print-worksheet">Print</button>
<button type="button" class="secondary" id="clear-responses">Clear answers</button>
<output id="save-status" aria-live="polite"></output>
</div>
</form>
<script type="application/json" id="rubricate-meta">${jsonForScript(scriptMeta)}</script>
<script type="application/json" id="rubricate-manifest">${jsonForScript(fieldManifest(model))}</script>
<script>${HTML_SCRIPT}</script>
</body>
</html>
`;
}

/**
 * The worksheet's own identity for the answers a browser keeps: a digest of the rubric, the kind and the page
 * body, which holds every pre-filled value (district, school, …). District One's packet and District Two's
 * never share stored answers, while the same document opened again finds its own.
 */
function documentId(rubricHash: string, kind: string, body: string): string {
  return createHash('sha256').update(`${rubricHash}\n${kind}\n${body}`).digest('hex').slice(0, 24);
}

type Ids = { next: number };

function sectionHtml(section: DocSection, ids: Ids): string {
  const blocks = section.blocks.map((b) => blockHtml(b, ids)).join('\n');
  return `<section class="doc-section">\n${running(section.header, 'header')}${blocks}\n${running(section.footer, 'footer')}</section>`;
}

function running(slots: Running | undefined, role: 'header' | 'footer'): string {
  if (!slots) return '';
  // Page numbers mean nothing on a web page; leave those slots out.
  const parts = [slots.left, slots.center, slots.right].filter(
    (t): t is string => !!t && !/\{pages?\}/.test(t),
  );
  if (parts.length === 0) return '';
  return `<${role} class="running">${parts.map((p) => `<span>${escapeHtml(p)}</span>`).join('')}</${role}>\n`;
}

function blockHtml(block: Block, ids: Ids): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${runs(block.runs)}</h${block.level}>`;
    case 'paragraph': {
      const style = [
        block.scale && block.scale !== 1 ? `font-size:${block.scale}em` : '',
        block.align ? `text-align:${block.align}` : '',
      ]
        .filter(Boolean)
        .join(';');
      return `<p${style ? ` style="${style}"` : ''}>${runs(block.runs)}</p>`;
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${runs(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return table(block, ids);
    case 'field': {
      const id = `f${ids.next++}`;
      return `<div class="field-block"><label for="${id}">${runs(block.label)}</label>${control(block.field, id)}</div>`;
    }
    case 'page-break':
      return '<hr class="no-print" aria-hidden="true">';
    case 'spacer':
      return `<div style="height:${Math.min(block.height, 48)}px" aria-hidden="true"></div>`;
    case 'figure':
      return figureSvg(block);
  }
}

function table(block: Table, ids: Ids): string {
  const total = block.columns.reduce((a, b) => a + b, 0);
  const cols = block.columns.map((c) => `<col style="width:${((100 * c) / total).toFixed(2)}%">`).join('');
  const head = block.header.length
    ? `<thead>${block.header.map((row) => `<tr>${row.cells.map((cell) => cellHtml(cell, 'th', ids)).join('')}</tr>`).join('')}</thead>`
    : '';
  const body = block.rows
    .map((row) => {
      const shown = new Set(row.cells.map((cell) => plainText(cell.runs)));
      const cells = row.cells.map((cell) => cellHtml(cell, cell.rowHead ? 'th' : 'td', ids, shown)).join('');
      return `<tr${row.minHeight ? ' class="chart-row"' : ''}>${cells}</tr>`;
    })
    .join('\n');
  // A wall chart's table keeps its columns on a phone: its empty rows are the room for the team's dots.
  const chart = block.rows.some((row) => row.minHeight);
  return `<table${chart ? ' class="chart-table"' : ''}><colgroup>${cols}</colgroup>${head}<tbody>\n${body}\n</tbody></table>`;
}

/** `shown`: the texts of the row's cells; a field labelled by one of them needs no label of its own on a phone. */
function cellHtml(cell: TableCell, tag: 'td' | 'th', ids: Ids, shown = new Set<string>()): string {
  const classes = [
    cell.shade && tag === 'td' ? 'shade' : '',
    cell.align && cell.align !== 'left' ? cell.align : '',
  ].filter(Boolean);
  const scope = tag === 'th' ? (cell.rowHead ? ' scope="row"' : ' scope="col"') : '';
  const attrs = `${cell.span && cell.span > 1 ? ` colspan="${cell.span}"` : ''}${classes.length ? ` class="${classes.join(' ')}"` : ''}${scope}`;
  const field = cell.field
    ? control(cell.field, `f${ids.next++}`, shown.has(fieldLabel(cell.field)) ? 'sr-only' : 'cell-label')
    : '';
  return `<${tag}${attrs}>${cell.runs ? runs(cell.runs) : ''}${field}</${tag}>`;
}

/** `cellLabel`: the class of the label of a field in a table cell, undefined for a field with its own block. */
function control(field: Field, id: string, cellLabel?: 'sr-only' | 'cell-label'): string {
  const name = escapeHtml(field.name);
  switch (field.kind) {
    case 'choice':
      return `<label class="option" for="${id}"><input type="radio" id="${id}" name="${name}" value="${escapeHtml(field.value)}"${field.selected ? ' checked' : ''}><span class="opt">${escapeHtml(field.label)}</span><span class="sr-only"> — ${escapeHtml(field.groupLabel)}</span></label>`;
    case 'checkbox':
      return `<label class="option" for="${id}"><input type="checkbox" id="${id}" name="${name}"${field.checked ? ' checked' : ''}> ${escapeHtml(field.label)}</label>`;
    case 'date':
      return `${cellLabel ? hiddenLabel(id, field.label, cellLabel) : ''}<input type="date" id="${id}" name="${name}"${field.value ? ` value="${escapeHtml(field.value)}"` : ''}>`;
    case 'text':
      if (field.multiline) {
        return `${cellLabel ? hiddenLabel(id, field.label, cellLabel) : ''}<textarea id="${id}" name="${name}" rows="${Math.min(field.lines ?? 3, 8)}">${escapeHtml(field.value ?? '')}</textarea>`;
      }
      return `${cellLabel ? hiddenLabel(id, field.label, cellLabel) : ''}<input type="text" id="${id}" name="${name}"${field.value ? ` value="${escapeHtml(field.value)}"` : ''}>`;
  }
}

/**
 * The label of a field in a table cell: on a desktop the column head shows what the cell is, so the label is
 * for screen readers only; on a phone, where the table stacks into cards without its head, it is shown
 * (`cell-label`) unless a neighbouring cell already says it (`sr-only`).
 */
function hiddenLabel(id: string, text: string, className: 'sr-only' | 'cell-label'): string {
  return `<label class="${className}" for="${id}">${escapeHtml(text)}</label>`;
}

function fieldLabel(field: Field): string {
  return field.kind === 'choice' ? field.groupLabel : field.label;
}

function plainText(list: Run[] | undefined): string {
  return (list ?? [])
    .map((run) => run.text)
    .join('')
    .trim();
}

function runs(list: Run[]): string {
  return list
    .map((run) => {
      let html = escapeHtml(run.text);
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}
