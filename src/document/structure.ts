import type { Block, DocumentModel, Field, Table, TableCell } from './model.js';

/** The standard structure types (ISO 32000-1, 14.8.4) the documents use. */
export type StructRole =
  | 'Document'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Form'
  | 'Figure';

/**
 * One element of the logical structure: what a screen reader announces and in which order. Writers attach
 * their own content to the nodes (a PDF's marked content, an HTML element); the order of the children is the
 * reading order.
 */
export interface StructNode {
  role: StructRole;
  children: StructNode[];
  /** TH: the cells it heads. */
  scope?: 'Column' | 'Row';
  /** TH/TD spanning more than one column. */
  colSpan?: number;
  /** Figure: its text alternative. */
  alt?: string;
  /** Form: the field whose widget it holds. */
  field?: Field;
}

/** The structure of a document: the root, and for each section the node of each block (in block order). */
export interface DocumentStructure {
  root: StructNode;
  /** The whole tree as text (roles, attributes, nesting): equal for equal structures. */
  signature(): string;
  /** `blocks[s][b]` is the node of block b of section s; undefined for page breaks and spacers. */
  blocks: (StructNode | undefined)[][];
}

/**
 * The structure tree of a document model, derived once so that every writer tags the same reading order:
 * headings H1–H3, paragraphs P, lists L/LI/Lbl/LBody, tables Table/TR/TH/TD (header rows head their
 * columns, `rowHead` cells their row), and a Form element for each field. A block with an `alt` text (a
 * chart) is a Figure. A table node's rows are its header rows, then its body rows; a row's cells in order.
 */
export function documentStructure(model: DocumentModel): DocumentStructure {
  const root: StructNode = { role: 'Document', children: [] };
  const blocks = model.sections.map((section) =>
    section.blocks.map((block) => {
      const node = blockNode(block);
      if (node) root.children.push(node);
      return node;
    }),
  );
  let signature: string | undefined;
  return { root, blocks, signature: () => (signature ??= signatureOf(root)) };
}

function signatureOf(node: StructNode): string {
  let text = node.role;
  if (node.scope) text += `/${node.scope}`;
  if (node.colSpan) text += `*${node.colSpan}`;
  if (node.alt !== undefined) text += `=${JSON.stringify(node.alt)}`;
  if (node.children.length === 0) return text;
  text += '(';
  for (const child of node.children) text += `${signatureOf(child)} `;
  return `${text})`;
}

function blockNode(block: Block): StructNode | undefined {
  switch (block.type) {
    case 'heading':
      return { role: `H${block.level}`, children: NONE };
    case 'paragraph':
      return { role: 'P', children: NONE };
    case 'list':
      return {
        role: 'L',
        children: block.items.map(() => ({
          role: 'LI',
          children: [
            { role: 'Lbl', children: NONE },
            { role: 'LBody', children: NONE },
          ],
        })),
      };
    case 'table':
      return tableNode(block);
    case 'field':
      return { role: 'P', children: [formNode(block.field)] };
    case 'page-break':
    case 'spacer':
      return undefined;
    default:
      return figureNode(block);
  }
}

/** Any other block that states a text alternative is a figure (e.g. a chart drawn as vector graphics). */
function figureNode(block: unknown): StructNode | undefined {
  const alt = (block as { alt?: unknown }).alt;
  return typeof alt === 'string' ? { role: 'Figure', children: NONE, alt } : undefined;
}

function tableNode(table: Table): StructNode {
  const row = (cells: TableCell[], header: boolean): StructNode => ({
    role: 'TR',
    children: cells.map((cell) => cellNode(cell, header)),
  });
  return {
    role: 'Table',
    children: [...table.header.map((r) => row(r.cells, true)), ...table.rows.map((r) => row(r.cells, false))],
  };
}

function cellNode(cell: TableCell, header: boolean): StructNode {
  const head = header || cell.rowHead === true;
  const node: StructNode = { role: head ? 'TH' : 'TD', children: cell.field ? [formNode(cell.field)] : NONE };
  if (head) node.scope = header ? 'Column' : 'Row';
  if (cell.span && cell.span > 1) node.colSpan = cell.span;
  return node;
}

/** The children of every leaf: never changed, so shared (a form has a thousand leaves). */
const NONE: StructNode[] = [];

function formNode(field: Field): StructNode {
  return { role: 'Form', children: NONE, field };
}

/** The Form child of a node (a cell or field block holding a field), if it has one. */
export function formOf(node: StructNode | undefined): StructNode | undefined {
  return node?.children.find((child) => child.role === 'Form');
}

/**
 * A field's accessible name: a radio option names its group and its level ("Rating for Capacity Building
 * item 1: Strength"), so that each button says what it answers; other fields their label.
 */
export function accessibleName(field: Field): string {
  return field.kind === 'choice' ? `${field.groupLabel}: ${field.label}` : field.label;
}
