import type { Block, FieldBlock } from '../../document/model.js';
import { fieldToDocx } from './field-to-docx.js';
import { figureToDocx } from './figure-to-docx.js';
import type { ParagraphFormat } from './paragraph-xml.js';
import { paragraphXml } from './paragraph-xml.js';
import { runsXml } from './runs-to-docx.js';
import { CELL_PADDING, LINE_HEIGHT, type SectionContext } from './section-context.js';
import { rememberedTable } from './table-memo.js';
import { tableToDocx } from './table-to-docx.js';
import { cellXml, rowXml, tableXml } from './table-xml.js';
import { halfPoints, twips } from './units.js';

/**
 * What a section's body holds: paragraphs kept open until the section is written (the last one carries the
 * section's properties), and tables already written.
 */
export type BodyPart = { paragraph: ParagraphFormat; content: string } | { table: string };

const HEADING_SCALE = { 1: 1.6, 2: 1.3, 3: 1.1 } as const;

/**
 * A section's blocks as Word body content. Two tables in a row get a hairline paragraph between them, since
 * Word would otherwise merge them into one.
 */
export function blocksToDocx(blocks: Block[], context: SectionContext): BodyPart[] {
  const out: BodyPart[] = [];
  let afterTable = false;
  for (const [i, block] of blocks.entries()) {
    const startsWithTable = block.type === 'table' || block.type === 'field';
    if (afterTable && block.type === 'table') out.push(hairline());
    out.push(...blockToDocx(block, `${context.section}.${i}`, context, afterTable));
    afterTable = startsWithTable;
  }
  return out;
}

/** One block; `place` is its position in the document (section and block number). */
function blockToDocx(block: Block, place: string, context: SectionContext, afterTable: boolean): BodyPart[] {
  const body = halfPoints(context.fontSize);
  // Text straight after a table would touch its bottom border.
  const before = afterTable ? twips(context.fontSize * 0.6) : undefined;
  switch (block.type) {
    case 'heading': {
      const size = halfPoints(context.fontSize * HEADING_SCALE[block.level]);
      return [
        {
          paragraph: { style: `Heading${block.level}` },
          content: runsXml(block.runs, size, context.documentSize),
        },
      ];
    }
    case 'paragraph':
      return [
        {
          paragraph: {
            spacing: { before, after: twips(context.fontSize * 0.5) },
            ...(block.align ? { align: block.align } : {}),
          },
          content: runsXml(
            block.runs,
            halfPoints(context.fontSize * (block.scale ?? 1)),
            context.documentSize,
          ),
        },
      ];
    case 'list': {
      // Each list is its own numbering instance, so that numbered lists restart at 1.
      context.lists.push(block.ordered ? 'ordered' : 'bullet');
      const id = context.lists.length;
      return block.items.map((runs, i) => ({
        paragraph: {
          style: 'ListParagraph',
          numbering: { id, level: 0 },
          spacing: {
            before: i === 0 ? before : undefined,
            after: twips(context.fontSize * (i === block.items.length - 1 ? 0.5 : 0.2)),
          },
        },
        content: runsXml(runs, body, context.documentSize),
      }));
    }
    case 'table':
      // Word rejects a table without rows, or a row without cells.
      if (![...block.header, ...block.rows].some((row) => row.cells.length > 0)) return [];
      return [{ table: rememberedTable(place, block, context, () => tableToDocx(block, context)) }];
    case 'field':
      return fieldBlockToDocx(block, context);
    case 'page-break':
      return [{ paragraph: {}, content: '<w:r><w:br w:type="page"/></w:r>' }];
    case 'spacer':
      return [{ paragraph: { spacing: { line: twips(Math.max(1, block.height)) } }, content: '' }];
    case 'figure':
      return [
        {
          paragraph: { spacing: { before, after: twips(context.fontSize * 0.6) } },
          content: figureToDocx(block, context.textWidth),
        },
      ];
  }
}

/** The label, then the field in a box as tall as its visible lines, so there is room to write on paper. */
function fieldBlockToDocx(block: FieldBlock, context: SectionContext): BodyPart[] {
  const size = halfPoints(context.fontSize);
  const field = block.field;
  const lines = field.kind === 'text' && field.multiline ? (field.lines ?? 3) : 1;
  const height = lines * context.fontSize * LINE_HEIGHT + 2 * CELL_PADDING.vertical;
  const width = twips(context.textWidth);
  const content = fieldToDocx(field, {
    ids: context.ids,
    size,
    documentSize: context.documentSize,
    inCell: false,
  });
  const row = rowXml({ header: false, height: twips(height) }, cellXml({ width }, paragraphXml({}, content)));
  return [
    {
      paragraph: {
        keepNext: true,
        spacing: { before: twips(context.fontSize * 0.5), after: twips(context.fontSize * 0.25) },
      },
      content: runsXml(block.label, size, context.documentSize),
    },
    { table: tableXml([width], row) },
  ];
}

function hairline(): BodyPart {
  return { paragraph: { spacing: { line: 20 } }, content: '' };
}

/**
 * Body parts as pieces of XML: each table on its own, and the paragraphs between tables together, so that a
 * table whose content changes from document to document does not change the pieces around it (see
 * zip-entry.ts). `section` (a w:sectPr) goes into the last paragraph, or a paragraph of its own.
 */
export function bodyPieces(parts: BodyPart[], section?: string): string[] {
  const pieces: string[] = [];
  let paragraphs = '';
  const last = parts.at(-1);
  for (const part of parts) {
    if ('table' in part) {
      if (paragraphs !== '') pieces.push(paragraphs);
      paragraphs = '';
      pieces.push(part.table);
      continue;
    }
    const format = part === last && section ? { ...part.paragraph, section } : part.paragraph;
    paragraphs += paragraphXml(format, part.content);
  }
  if (section && (last === undefined || 'table' in last)) paragraphs += paragraphXml({ section }, '');
  if (paragraphs !== '') pieces.push(paragraphs);
  return pieces;
}
