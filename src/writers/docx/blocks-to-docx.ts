import { AlignmentType, HeadingLevel, LineRuleType, PageBreak, Paragraph, type Table } from 'docx';
import type { Block, FieldBlock } from '../../document/model.js';
import { fieldToDocx } from './field-to-docx.js';
import { runsToDocx } from './runs-to-docx.js';
import { CELL_PADDING, LINE_HEIGHT, type SectionContext } from './section-context.js';
import { tableToDocx } from './table-to-docx.js';
import { cellTree, paragraphTree, rowTree, tableTree } from './table-tree.js';
import { halfPoints, twips } from './units.js';
import { preparedXml, type XmlTree } from './xml-tree.js';

/** What a section's body holds; tables are prepared element trees standing in for the package's Table. */
type BodyChild = Paragraph | Table;

const HEADINGS = {
  1: { level: HeadingLevel.HEADING_1, scale: 1.6 },
  2: { level: HeadingLevel.HEADING_2, scale: 1.3 },
  3: { level: HeadingLevel.HEADING_3, scale: 1.1 },
} as const;
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/**
 * A section's blocks as Word body content. Two tables in a row get a hairline paragraph between them, since
 * Word would otherwise merge them into one.
 */
export function blocksToDocx(blocks: Block[], context: SectionContext): BodyChild[] {
  const out: BodyChild[] = [];
  let afterTable = false;
  for (const block of blocks) {
    const startsWithTable = block.type === 'table' || block.type === 'field';
    if (afterTable && block.type === 'table') out.push(hairline());
    out.push(...blockToDocx(block, context, afterTable));
    afterTable = startsWithTable;
  }
  return out;
}

function blockToDocx(block: Block, context: SectionContext, afterTable: boolean): BodyChild[] {
  const body = halfPoints(context.fontSize);
  // Text straight after a table would touch its bottom border.
  const before = afterTable ? { before: twips(context.fontSize * 0.6) } : {};
  switch (block.type) {
    case 'heading': {
      const { level, scale } = HEADINGS[block.level];
      const size = halfPoints(context.fontSize * scale);
      return [
        new Paragraph({ heading: level, children: runsToDocx(block.runs, size, context.documentSize) }),
      ];
    }
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { ...before, after: twips(context.fontSize * 0.5) },
          children: runsToDocx(
            block.runs,
            halfPoints(context.fontSize * (block.scale ?? 1)),
            context.documentSize,
          ),
          ...(block.align ? { alignment: ALIGN[block.align] } : {}),
        }),
      ];
    case 'list': {
      const instance = context.lists.next++;
      const reference = block.ordered ? 'ordered' : 'bullet';
      return block.items.map(
        (runs, i) =>
          new Paragraph({
            numbering: { reference, level: 0, instance },
            spacing: {
              ...(i === 0 ? before : {}),
              after: twips(context.fontSize * (i === block.items.length - 1 ? 0.5 : 0.2)),
            },
            children: runsToDocx(runs, body, context.documentSize),
          }),
      );
    }
    case 'table':
      // Word rejects a table without rows, or a row without cells.
      if (![...block.header, ...block.rows].some((row) => row.cells.length > 0)) return [];
      return [asTable(tableToDocx(block, context))];
    case 'field':
      return fieldBlockToDocx(block, context);
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'spacer':
      return [
        new Paragraph({
          spacing: { line: twips(Math.max(1, block.height)), lineRule: LineRuleType.EXACT },
          children: [],
        }),
      ];
  }
}

/** The label, then the field in a box as tall as its visible lines, so there is room to write on paper. */
function fieldBlockToDocx(block: FieldBlock, context: SectionContext): BodyChild[] {
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
  const row = rowTree({ header: false, height: twips(height) }, [
    cellTree({ width }, paragraphTree(undefined, content)),
  ]);
  const label = new Paragraph({
    keepNext: true,
    spacing: { before: twips(context.fontSize * 0.5), after: twips(context.fontSize * 0.25) },
    children: runsToDocx(block.label, size, context.documentSize),
  });
  return [label, asTable(tableTree([width], [row]))];
}

/** A prepared w:tbl in a body slot typed for the package's Table, which the serializer treats alike. */
function asTable(tree: XmlTree): Table {
  return preparedXml(tree) as unknown as Table;
}

function hairline(): Paragraph {
  return new Paragraph({ spacing: { line: 20, lineRule: LineRuleType.EXACT }, children: [] });
}
