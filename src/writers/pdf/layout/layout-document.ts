import type { DocumentModel } from '../../../document/model.js';
import type { DocumentStructure } from '../../../document/structure.js';
import type { FontSet } from '../../fonts/load-fonts.js';
import { Flow } from './flow.js';
import { layoutFieldBlock, layoutHeading, layoutList, layoutParagraph } from './layout-blocks.js';
import { layoutFigure } from './layout-figure.js';
import { layoutRunning } from './layout-running.js';
import { layoutTable, tableLead } from './layout-table.js';
import type { PagePlan } from './page-plan.js';

/**
 * Lays out every section (each from a new page), then the running headers and footers. Pure. With the
 * document's structure, the drawn text and widgets are tagged with the node of their block.
 */
export function layoutDocument(
  model: DocumentModel,
  fonts: FontSet,
  structure?: DocumentStructure,
): PagePlan[] {
  const pages: PagePlan[] = [];
  model.sections.forEach((section, s) => {
    const flow = new Flow(section, pages, fonts);
    section.blocks.forEach((block, i) => {
      const node = structure?.blocks[s]?.[i];
      switch (block.type) {
        case 'heading': {
          const next = section.blocks[i + 1];
          layoutHeading(flow, block, node, next?.type === 'table' ? tableLead(flow, next) : undefined);
          break;
        }
        case 'paragraph':
          layoutParagraph(flow, block, node);
          break;
        case 'list':
          layoutList(flow, block, node);
          break;
        case 'table':
          layoutTable(flow, block, node);
          break;
        case 'field':
          layoutFieldBlock(flow, block, node);
          break;
        case 'page-break':
          if (!flow.fresh) flow.newPage();
          break;
        case 'spacer':
          if (block.height >= flow.room) flow.newPage();
          else flow.advance(block.height);
          break;
        case 'figure':
          layoutFigure(flow, block);
          break;
      }
    });
  });
  pages.forEach((page, i) => {
    layoutRunning(page, i + 1, pages.length, fonts);
  });
  return pages;
}
