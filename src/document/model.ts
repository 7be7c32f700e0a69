/**
 * The intermediate document model: what every writer (PDF, DOCX, HTML, Markdown) renders. Templates build
 * it from a rubric; writers never look at the rubric. Lengths are in PDF points (1/72 inch).
 */

export type WorksheetKind = 'self-assessment' | 'action-plan' | 'large-chart';
export type PageSizeName = 'letter' | 'a4' | 'legal' | 'tabloid' | '24x36';

/** Page sizes in points, portrait. */
export const PAGE_SIZES: Record<PageSizeName, { width: number; height: number }> = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
  legal: { width: 612, height: 1008 },
  tabloid: { width: 792, height: 1224 },
  '24x36': { width: 1728, height: 2592 },
};

export interface DocumentModel {
  meta: DocumentMeta;
  /** Each section starts on a new page and has its own page setup, header and footer. */
  sections: DocSection[];
}

export interface DocumentMeta {
  title: string;
  subject?: string;
  author?: string;
  rubricId: string;
  /** Edition label as printed, e.g. "4/10/25". */
  edition: string;
  /** SHA-256 of the rubric content (see rubricHash). */
  rubricHash: string;
  kind: WorksheetKind;
  /** Creation date written into metadata; fixed (SOURCE_DATE_EPOCH or the epoch) so output is reproducible. */
  created: Date;
  language: string;
  /** Template values the document was personalised with (district, school, …); not written as metadata. */
  values: Record<string, string>;
  /** Item id (and `reflection.<id>`) → hash of its wording, for the field manifest (field-manifest.ts). */
  itemHashes?: Record<string, string>;
}

export interface PageSetup {
  size: PageSizeName;
  landscape: boolean;
  /** Margins in points. */
  margins: { top: number; right: number; bottom: number; left: number };
  /** Body text size in points; headings and small text scale from it. */
  fontSize: number;
}

/**
 * Header and footer text, three slots each. `{page}` and `{pages}` are replaced by the page number and the
 * page count of the whole document.
 */
export interface Running {
  left?: string;
  center?: string;
  right?: string;
}

export interface DocSection {
  page: PageSetup;
  header?: Running;
  footer?: Running;
  blocks: Block[];
}

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block = Heading | Paragraph | List | Table | FieldBlock | PageBreak | Spacer | Figure;

export interface Heading {
  type: 'heading';
  level: 1 | 2 | 3;
  runs: Run[];
  /** Size relative to the section's font size; by default from the level (1.6, 1.3, 1.1). */
  scale?: number;
}

export interface Paragraph {
  type: 'paragraph';
  runs: Run[];
  /** Size relative to the section's font size (1 = body). */
  scale?: number;
  align?: 'left' | 'center' | 'right';
}

export interface List {
  type: 'list';
  ordered: boolean;
  items: Run[][];
}

export interface Table {
  type: 'table';
  /** Relative column widths; writers scale them to the text width. */
  columns: number[];
  /** Repeated at the top of every page the table continues on. */
  header: TableRow[];
  /** Rows are never split across pages. */
  rows: TableRow[];
}

export interface TableRow {
  cells: TableCell[];
  /** Minimum row height in points (e.g. room to place dots on a wall chart). */
  minHeight?: number;
  /** Paged formats grow the row to the bottom of its page (a wall chart's room for dots uses the whole sheet). */
  fill?: boolean;
}

export interface TableCell {
  runs?: Run[];
  field?: Field;
  /** Number of columns this cell spans (default 1). */
  span?: number;
  align?: 'left' | 'center' | 'right';
  /** Size relative to the section's font size. */
  scale?: number;
  /** A shaded cell (header rows, section bands). */
  shade?: boolean;
  /** A body cell that heads its row (an item's number and text): TH with /Scope /Row, `<th scope="row">`. */
  rowHead?: boolean;
}

/** A field standing alone with a label above it (e.g. a reflection prompt). */
export interface FieldBlock {
  type: 'field';
  label: Run[];
  field: Field;
}

export interface PageBreak {
  type: 'page-break';
}

export interface Spacer {
  type: 'spacer';
  /** Height in points. */
  height: number;
}

/**
 * A vector drawing such as a chart, with its text alternative (read by screen readers, and shown where a
 * writer cannot draw). Coordinates are points from the figure's top left; a writer scales the figure
 * down to the text width when it is wider.
 */
export interface Figure {
  type: 'figure';
  width: number;
  height: number;
  alt: string;
  shapes: Shape[];
}

/** A drawing primitive of a figure; colours are `#rrggbb`. */
export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill?: string; stroke?: string }
  | { kind: 'line'; points: [number, number][]; stroke: string; width?: number }
  | { kind: 'text'; x: number; y: number; text: string; size: number; anchor?: 'start' | 'middle' | 'end' };

/**
 * A fillable field. Names follow the stable scheme in docs/fields.md (e.g. `capacity-building.3.rating`),
 * so that filled documents can be read back.
 */
export type Field = TextField | DateField | ChoiceOption | Checkbox;

export interface TextField {
  kind: 'text';
  name: string;
  /** Accessible name / tooltip. */
  label: string;
  multiline: boolean;
  /** Visible lines for a multi-line field (height hint). */
  lines?: number;
  value?: string;
}

export interface DateField {
  kind: 'date';
  name: string;
  label: string;
  value?: string;
}

/**
 * One option of a choice group (a radio button). All options with the same `name` form one group, in
 * document order; `value` is the option's export value (the scale level's key).
 */
export interface ChoiceOption {
  kind: 'choice';
  name: string;
  value: string;
  /** The option's printed label, e.g. "OK for now". */
  label: string;
  /** Accessible name of the whole group, e.g. "Rating for item 3". */
  groupLabel: string;
  selected?: boolean;
}

export interface Checkbox {
  kind: 'checkbox';
  name: string;
  label: string;
  checked?: boolean;
}

/** Every field in document order. */
export function fieldsOf(model: DocumentModel): Field[] {
  const fields: Field[] = [];
  for (const section of model.sections) {
    for (const block of section.blocks) {
      if (block.type === 'field') fields.push(block.field);
      if (block.type === 'table') {
        for (const row of [...block.header, ...block.rows]) {
          for (const cell of row.cells) if (cell.field) fields.push(cell.field);
        }
      }
    }
  }
  return fields;
}

/** Page width and height in points for a section, honouring landscape. */
export function pageDimensions(page: PageSetup): { width: number; height: number } {
  const { width, height } = PAGE_SIZES[page.size];
  return page.landscape ? { width: height, height: width } : { width, height };
}

/** Replaces {page} and {pages} in running header/footer text. */
export function runningText(text: string, page: number, pages: number): string {
  return text.replace(/\{page\}/g, String(page)).replace(/\{pages\}/g, String(pages));
}

/** Writers share this signature: a model in, the bytes (or text) of one format out. */
export type Writer = (model: DocumentModel, options: WriterOptions) => Promise<Uint8Array>;

export interface WriterOptions {
  /** Extra font files (TTF/OTF) tried after the bundled font for characters it lacks. */
  fonts?: Uint8Array[];
}
