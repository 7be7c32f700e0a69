import { type DocSection, PAGE_SIZES, pageDimensions } from '../../document/model.js';
import { blocksToDocx, bodyPieces } from './blocks-to-docx.js';
import type { PartList } from './package-parts.js';
import { runningParagraphs } from './running-to-docx.js';
import type { SectionContext } from './section-context.js';
import { halfPoints, twips } from './units.js';

/** Running text is smaller than body text. */
const RUNNING_SCALE = 0.8;

/**
 * One model section as one Word section (it starts on a new page): its body as pieces of XML (see
 * bodyPieces), ended by the section's properties (page size and orientation, margins, header and footer).
 * Headers and footers become parts of their own, added to `parts`. `last`: the document's final section,
 * whose properties close the body.
 */
export function sectionToDocx(
  section: DocSection,
  context: Omit<SectionContext, 'fontSize' | 'textWidth'>,
  parts: PartList,
  last: boolean,
): string[] {
  const { page } = section;
  const { width } = pageDimensions(page);
  const textWidth = width - page.margins.left - page.margins.right;
  const runningSize = halfPoints(page.fontSize * RUNNING_SCALE);
  let references = '';
  if (section.header) {
    const id = parts.add('header', runningParagraphs(section.header, textWidth, runningSize));
    references += `<w:headerReference w:type="default" r:id="${id}"/>`;
  }
  if (section.footer) {
    const id = parts.add('footer', runningParagraphs(section.footer, textWidth, runningSize));
    references += `<w:footerReference w:type="default" r:id="${id}"/>`;
  }
  const portrait = PAGE_SIZES[page.size];
  const [w, h] = page.landscape ? [portrait.height, portrait.width] : [portrait.width, portrait.height];
  const m = page.margins;
  const properties =
    `<w:sectPr>${references}` +
    `<w:pgSz w:w="${twips(w)}" w:h="${twips(h)}" w:orient="${page.landscape ? 'landscape' : 'portrait'}"/>` +
    `<w:pgMar w:top="${twips(m.top)}" w:right="${twips(m.right)}" w:bottom="${twips(m.bottom)}" ` +
    `w:left="${twips(m.left)}" w:header="${twips(Math.min(36, m.top * 0.4))}" ` +
    `w:footer="${twips(Math.min(36, m.bottom * 0.4))}" w:gutter="0"/>` +
    '<w:docGrid w:linePitch="360"/></w:sectPr>';
  const body = blocksToDocx(section.blocks, { ...context, fontSize: page.fontSize, textWidth });
  return last ? [...bodyPieces(body), properties] : bodyPieces(body, properties);
}
