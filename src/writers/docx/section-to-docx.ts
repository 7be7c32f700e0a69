import { type ISectionOptions, PageOrientation } from 'docx';
import { type DocSection, PAGE_SIZES, pageDimensions } from '../../document/model.js';
import { blocksToDocx } from './blocks-to-docx.js';
import type { ControlIds } from './content-controls.js';
import { runningFooter, runningHeader } from './running-to-docx.js';
import { halfPoints, twips } from './units.js';

/** Running text is smaller than body text. */
const RUNNING_SCALE = 0.8;

/**
 * One model section as one Word section (it starts on a new page): page size and orientation, margins,
 * header and footer, body.
 */
export function sectionToDocx(
  section: DocSection,
  ids: ControlIds,
  lists: { next: number },
  documentSize: number,
): ISectionOptions {
  const { page } = section;
  const { width } = pageDimensions(page);
  const textWidth = width - page.margins.left - page.margins.right;
  const runningSize = halfPoints(page.fontSize * RUNNING_SCALE);
  const portrait = PAGE_SIZES[page.size];
  return {
    properties: {
      page: {
        size: {
          // docx swaps width and height itself for landscape.
          width: twips(portrait.width),
          height: twips(portrait.height),
          orientation: page.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: twips(page.margins.top),
          right: twips(page.margins.right),
          bottom: twips(page.margins.bottom),
          left: twips(page.margins.left),
          header: twips(Math.min(36, page.margins.top * 0.4)),
          footer: twips(Math.min(36, page.margins.bottom * 0.4)),
          gutter: 0,
        },
      },
    },
    ...(section.header
      ? { headers: { default: runningHeader(section.header, textWidth, runningSize) } }
      : {}),
    ...(section.footer
      ? { footers: { default: runningFooter(section.footer, textWidth, runningSize) } }
      : {}),
    children: blocksToDocx(section.blocks, { ids, lists, documentSize, fontSize: page.fontSize, textWidth }),
  };
}
