import { Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { Running } from '../../document/model.js';
import { twips } from './units.js';

/**
 * Header or footer text in three slots on one line: left at the margin, centre and right on tab stops.
 * `{page}` and `{pages}` become Word's PAGE and NUMPAGES fields, so the numbers stay right after editing.
 */
export function runningParagraph(running: Running, textWidth: number, size: number): Paragraph {
  const parts = [running.left ?? '', running.center ?? '', running.right ?? ''];
  const children: TextRun[] = [];
  parts.forEach((text, i) => {
    if (i > 0) children.push(new TextRun({ text: '\t', size }));
    if (text) children.push(new TextRun({ children: withPageNumbers(text), size }));
  });
  return new Paragraph({
    spacing: { before: 0, after: 0 },
    tabStops: [
      { type: TabStopType.CENTER, position: twips(textWidth / 2) },
      { type: TabStopType.RIGHT, position: twips(textWidth) },
    ],
    children,
  });
}

/** A Word header for a section's running text. */
export function runningHeader(running: Running, textWidth: number, size: number): Header {
  return new Header({ children: [runningParagraph(running, textWidth, size)] });
}

/** A Word footer for a section's running text. */
export function runningFooter(running: Running, textWidth: number, size: number): Footer {
  return new Footer({ children: [runningParagraph(running, textWidth, size)] });
}

function withPageNumbers(text: string): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  return text
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : part,
    );
}
