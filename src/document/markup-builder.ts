import type { Block, DocSection, Field, Run, Running, TableCell, TableRow } from './model.js';
import { parsePageSize } from './page-setup.js';

/** The parts of the model that the markup decides; metadata is added by the caller. */
export interface MarkupDocument {
  title: string;
  subject?: string;
  sections: DocSection[];
}

type Frame = {
  name: string;
  attrs: Record<string, string>;
  /** Offset of the start tag's `<` in the markup, for positioned errors. */
  start: number;
  header?: Running;
  footer?: Running;
  runs: Run[];
  blocks: Block[];
  rows: TableRow[];
  head: TableRow[];
  cells: TableCell[];
  items: Run[][];
  field?: Field;
  label?: Run[];
};

const INLINE = new Set(['b', 'i']);

/** Where a problem is and what it is; the caller turns it into its own error. */
export type Fail = (offset: number, message: string) => never;

/**
 * Builds the model from the markup's parse events (start tags, text, end tags), checking what the markup
 * language allows (docs/templates.md). It does not read the markup itself: offsets come with each event, so
 * the same builder serves a parse (markup-to-model.ts) and a replay of recorded events (markup-replay.ts).
 */
export class ModelBuilder {
  private readonly doc: MarkupDocument = { title: '', sections: [] };
  private readonly stack: Frame[] = [];
  private readonly style = { bold: 0, italic: 0 };

  /** `fieldAt`: told each field and the offset of its name (for positioned field-name errors). */
  constructor(
    private readonly fail: Fail,
    private readonly fieldAt?: (field: Field, start: number, end: number) => void,
  ) {}

  /** Text between tags; `position` is the offset just after it. */
  text(text: string, position: number): void {
    const current = this.stack[this.stack.length - 1];
    if (!current || !/\S/.test(text)) {
      if (current && /\s/.test(text) && acceptsText(current.name)) current.runs.push({ text: ' ' });
      return;
    }
    if (!acceptsText(current.name))
      this.fail(Math.max(0, position - 1), `text is not allowed directly inside <${current.name}>`);
    current.runs.push({
      text: text.replace(/\s+/g, ' '),
      ...(this.style.bold ? { bold: true } : {}),
      ...(this.style.italic ? { italic: true } : {}),
    });
  }

  /** A start tag at offset `start`, ending just before `end`. */
  open(name: string, attrs: Record<string, string>, start: number, end: number): void {
    const fail = (message: string): never => this.fail(start, message);
    const { stack } = this;
    if (INLINE.has(name)) {
      if (!stack.length || !acceptsText(stack[stack.length - 1]!.name))
        fail(`<${name}> must be inside a paragraph, heading, list item or cell`);
      if (name === 'b') this.style.bold++;
      else this.style.italic++;
      return;
    }
    const holder = stack[stack.length - 1];
    if (holder && BLOCKS.has(name) && ['h1', 'h2', 'h3', 'p', 'label'].includes(holder.name))
      this.fail(
        holder.start,
        `unclosed <${holder.name}>: a <${name}> cannot go inside it; close it with </${holder.name}> first`,
      );
    const field = FIELD_TAGS.has(name) ? fieldFrom(name, attrs, fail) : undefined;
    if (field) {
      const parent = stack[stack.length - 1]!;
      if (parent.name === 'td' || parent.name === 'th' || parent.name === 'field') parent.field = field;
      else fail(`<${name}> must be inside <td>, <th> or <field>`);
    }
    if (!KNOWN.has(name)) fail(`unknown element <${name}>; see docs/templates.md`);
    const allowed = ATTRIBUTES[name] ?? [];
    const unknown = Object.keys(attrs).find((key) => !allowed.includes(key));
    if (unknown !== undefined)
      fail(
        `unknown attribute ${unknown} on <${name}>; ${allowed.length ? `<${name}> takes ${allowed.join(', ')}` : `<${name}> takes none`} (docs/templates.md)`,
      );
    if (field) this.fieldAt?.(field, start, end);
    stack.push({ name, attrs, start, runs: [], blocks: [], rows: [], head: [], cells: [], items: [] });
  }

  /** An end tag, or the end of a self-closing one. */
  close(name: string): void {
    if (INLINE.has(name)) {
      if (name === 'b') this.style.bold--;
      else this.style.italic--;
      return;
    }
    const done = this.stack.pop()!;
    const parent = this.stack[this.stack.length - 1];
    closeElement(done, parent, this.doc, (message) => this.fail(done.start, message));
  }

  /** The document, once every event is in; `position` is the end of the markup. */
  finish(position: number): MarkupDocument {
    if (this.doc.sections.length === 0)
      this.fail(Math.max(0, position - 1), 'the template produced no <section>');
    return this.doc;
  }
}

const FIELD_TAGS = new Set(['choice', 'text', 'date', 'checkbox']);
/** The attributes each element takes (docs/templates.md); any other is a mistake worth naming. */
const ATTRIBUTES: Record<string, string[]> = {
  document: ['title', 'subject'],
  section: ['size', 'landscape', 'font-size', 'margins'],
  header: ['left', 'center', 'right'],
  footer: ['left', 'center', 'right'],
  p: ['scale', 'align'],
  table: ['columns'],
  tr: ['min-height', 'fill'],
  h1: ['scale'],
  h2: ['scale'],
  h3: ['scale'],
  td: ['span', 'align', 'scale', 'shade'],
  th: ['span', 'align', 'scale', 'shade'],
  text: ['name', 'label', 'lines', 'value'],
  date: ['name', 'label', 'value'],
  choice: ['name', 'value', 'label', 'group-label', 'selected'],
  checkbox: ['name', 'label', 'checked'],
  spacer: ['height'],
};
/** Elements that are blocks of a section: one opening inside a heading or paragraph means it was left open. */
const BLOCKS = new Set(['h1', 'h2', 'h3', 'p', 'ul', 'ol', 'table', 'field', 'page-break', 'spacer']);
const KNOWN = new Set([
  'document',
  'section',
  'header',
  'footer',
  'h1',
  'h2',
  'h3',
  'p',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tr',
  'td',
  'th',
  'field',
  'label',
  'page-break',
  'spacer',
  ...FIELD_TAGS,
]);

function acceptsText(name: string): boolean {
  return ['h1', 'h2', 'h3', 'p', 'li', 'td', 'th', 'label'].includes(name);
}

function trimRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic)
      last.text = (last.text + run.text).replace(/ {2,}/g, ' ');
    else merged.push({ ...run });
  }
  if (merged[0]) merged[0].text = merged[0].text.trimStart();
  const lastRun = merged[merged.length - 1];
  if (lastRun) lastRun.text = lastRun.text.trimEnd();
  return merged.filter((r) => r.text.length > 0);
}

function number(
  value: string | undefined,
  fallback: number,
  what: string,
  fail: (m: string) => never,
): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) fail(`${what} must be a number, got "${value}"`);
  return n;
}

function fieldFrom(name: string, a: Record<string, string>, fail: (m: string) => never): Field {
  if (!a.name) fail(`<${name}> needs a name attribute`);
  const label = a.label ?? a.name!;
  const value = a.value ? a.value : undefined;
  switch (name) {
    case 'choice':
      if (!a.value) fail('<choice> needs a value attribute');
      return {
        kind: 'choice',
        name: a.name!,
        value: a.value!,
        label: a.label ?? a.value!,
        groupLabel: a['group-label'] ?? a.name!,
        ...(a.selected === 'true' ? { selected: true } : {}),
      };
    case 'date':
      return { kind: 'date', name: a.name!, label, ...(value ? { value } : {}) };
    case 'checkbox':
      return { kind: 'checkbox', name: a.name!, label, ...(a.checked === 'true' ? { checked: true } : {}) };
    default: {
      const lines = number(a.lines, 1, 'lines', fail);
      return { kind: 'text', name: a.name!, label, multiline: lines > 1, lines, ...(value ? { value } : {}) };
    }
  }
}

function closeElement(
  done: Frame,
  parent: Frame | undefined,
  doc: MarkupDocument,
  fail: (m: string) => never,
): void {
  const a = done.attrs;
  switch (done.name) {
    case 'document':
      doc.title = a.title ?? '';
      if (a.subject) doc.subject = a.subject;
      return;
    case 'section': {
      const margins = (a.margins ?? '50 36 50 36').split(/\s+/).map((m) => number(m, 36, 'margins', fail));
      const section: DocSection = {
        page: {
          size: parsePageSize(a.size ?? 'letter'),
          landscape: a.landscape === 'true',
          margins: {
            top: margins[0]!,
            right: margins[1] ?? margins[0]!,
            bottom: margins[2] ?? margins[0]!,
            left: margins[3] ?? margins[1] ?? margins[0]!,
          },
          fontSize: number(a['font-size'], 10, 'font-size', fail),
        },
        blocks: done.blocks,
      };
      if (done.header) section.header = done.header;
      if (done.footer) section.footer = done.footer;
      doc.sections.push(section);
      return;
    }
    case 'header':
    case 'footer': {
      if (parent?.name !== 'section') fail(`<${done.name}> must be directly inside <section>`);
      const running = Object.fromEntries(
        ['left', 'center', 'right'].filter((k) => a[k]).map((k) => [k, a[k]]),
      );
      parent![done.name as 'header' | 'footer'] = running as Running;
      return;
    }
    case 'h1':
    case 'h2':
    case 'h3':
      addBlock(
        parent,
        {
          type: 'heading',
          level: Number(done.name[1]) as 1 | 2 | 3,
          runs: trimRuns(done.runs),
          ...(a.scale ? { scale: number(a.scale, 1, 'scale', fail) } : {}),
        },
        fail,
      );
      return;
    case 'p':
      addBlock(
        parent,
        {
          type: 'paragraph',
          runs: trimRuns(done.runs),
          ...(a.scale ? { scale: number(a.scale, 1, 'scale', fail) } : {}),
          ...(a.align ? { align: align(a.align, fail) } : {}),
        },
        fail,
      );
      return;
    case 'li':
      if (parent?.name !== 'ul' && parent?.name !== 'ol') fail('<li> must be inside <ul> or <ol>');
      parent!.items.push(trimRuns(done.runs));
      return;
    case 'ul':
    case 'ol':
      addBlock(parent, { type: 'list', ordered: done.name === 'ol', items: done.items }, fail);
      return;
    case 'td':
    case 'th': {
      if (parent?.name !== 'tr') fail(`<${done.name}> must be inside <tr>`);
      const runs = trimRuns(done.runs);
      parent!.cells.push({
        ...(runs.length ? { runs } : {}),
        ...(done.field ? { field: done.field } : {}),
        ...(a.span ? { span: number(a.span, 1, 'span', fail) } : {}),
        ...(a.align ? { align: align(a.align, fail) } : {}),
        ...(a.scale ? { scale: number(a.scale, 1, 'scale', fail) } : {}),
        ...(a.shade === 'true' ? { shade: true } : {}),
        ...(done.name === 'th' ? { rowHead: true } : {}),
      });
      return;
    }
    case 'tr': {
      const row: TableRow = {
        cells: done.cells,
        ...(a['min-height'] ? { minHeight: number(a['min-height'], 0, 'min-height', fail) } : {}),
        ...(a.fill === 'true' ? { fill: true } : {}),
      };
      if (parent?.name === 'thead') parent.rows.push(row);
      else if (parent?.name === 'table') parent.rows.push(row);
      else fail('<tr> must be inside <table> or <thead>');
      return;
    }
    case 'thead':
      if (parent?.name !== 'table') fail('<thead> must be inside <table>');
      parent!.head.push(...done.rows);
      return;
    case 'table': {
      const columns = (a.columns ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((c) => number(c, 1, 'columns', fail));
      if (columns.length === 0) fail('<table> needs a columns attribute, e.g. columns="1 3 1"');
      for (const row of [...done.head, ...done.rows]) {
        const width = row.cells.reduce((n, c) => n + (c.span ?? 1), 0);
        if (width !== columns.length)
          fail(`a table row has ${width} cells but the table has ${columns.length} columns`);
      }
      addBlock(parent, { type: 'table', columns, header: done.head, rows: done.rows }, fail);
      return;
    }
    case 'label':
      if (parent?.name !== 'field') fail('<label> must be inside <field>');
      parent!.label = trimRuns(done.runs);
      return;
    case 'field':
      if (!done.field) fail('<field> needs a <text>, <date>, <choice> or <checkbox> inside');
      addBlock(parent, { type: 'field', label: done.label ?? [], field: done.field! }, fail);
      return;
    case 'page-break':
      addBlock(parent, { type: 'page-break' }, fail);
      return;
    case 'spacer':
      addBlock(parent, { type: 'spacer', height: number(a.height, 12, 'height', fail) }, fail);
      return;
    default:
      return; // field elements were attached to their cell when opened
  }
}

function addBlock(parent: Frame | undefined, block: Block, fail: (m: string) => never): void {
  if (parent?.name !== 'section') {
    const element =
      block.type === 'heading'
        ? `h${block.level}`
        : block.type === 'paragraph'
          ? 'p'
          : block.type === 'list'
            ? block.ordered
              ? 'ol'
              : 'ul'
            : block.type;
    fail(`<${element}> must be directly inside <section>`);
  }
  parent!.blocks.push(block);
}

function align(value: string, fail: (m: string) => never): 'left' | 'center' | 'right' {
  if (value !== 'left' && value !== 'center' && value !== 'right')
    fail(`align must be left, center or right, got "${value}"`);
  return value as 'left' | 'center' | 'right';
}
