import type { DocumentModel } from '../../../document/model.js';
import type { FontSet } from '../../fonts/load-fonts.js';
import { Flow } from './flow.js';
import { layoutFieldBlock, layoutHeading, layoutList, layoutParagraph } from './layout-blocks.js';
import { layoutFigure } from './layout-figure.js';
import { layoutRunning } from './layout-running.js';
import { layoutTable, tableLead } from './layout-table.js';
import type { PagePlan } from './page-plan.js';

/** Lays out every section (each from a new page), then the running headers and footers. Pure. */
export function layoutDocument(model: DocumentModel, fonts: FontSet): PagePlan[] {
  const pages: PagePlan[] = [];
  for (const section of model.sections) {
    const flow = new Flow(section, pages, fonts);
    section.blocks.forEach((block, i) => {
      switch (block.type) {
        case 'heading': {
          const next = section.blocks[i + 1];
          layoutHeading(flow, block, next?.type === 'table' ? tableLead(flow, next) : undefined);
          break;
        }
        case 'paragraph':
          layoutParagraph(flow, block);
          break;
        case 'list':
          layoutList(flow, block);
          break;
        case 'table':
          layoutTable(flow, block);
          break;
        case 'field':
          layoutFieldBlock(flow, block);
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
  }
  pages.forEach((page, i) => {
    layoutRunning(page, i + 1, pages.length, fonts);
  });
  return pages;
}
