import { AlignmentType, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { Running } from '../../document/model.js';
import { twips } from './units.js';

/** Average advance of a DejaVu Sans character, in ems, for judging whether the slots fit on one line. */
const AVERAGE_ADVANCE = 0.6;

/**
 * Header or footer text in three slots: on one line (left at the margin, centre and right on tab stops) when
 * they fit, else one aligned line per slot, so that a long title does not push the right slot under the left.
 * `{page}` and `{pages}` become Word's PAGE and NUMPAGES fields, so the numbers stay right after editing.
 */
export function runningParagraphs(running: Running, textWidth: number, size: number): Paragraph[] {
  const slots = [
    { text: running.left ?? '', alignment: AlignmentType.LEFT },
    { text: running.center ?? '', alignment: AlignmentType.CENTER },
    { text: running.right ?? '', alignment: AlignmentType.RIGHT },
  ];
  const characters = slots.reduce((sum, slot) => sum + slot.text.length + 4, 0);
  if (characters * AVERAGE_ADVANCE * (size / 2) > textWidth) {
    return slots
      .filter((slot) => slot.text !== '')
      .map(
        ({ text, alignment }) =>
          new Paragraph({ alignment, children: [new TextRun({ children: withPageNumbers(text), size })] }),
      );
  }
  const children: TextRun[] = [];
  slots.forEach(({ text }, i) => {
    if (i > 0) children.push(new TextRun({ text: '\t', size }));
    if (text) children.push(new TextRun({ children: withPageNumbers(text), size }));
  });
  const tabStops = [
    { type: TabStopType.CENTER, position: twips(textWidth / 2) },
    { type: TabStopType.RIGHT, position: twips(textWidth) },
  ];
  return [new Paragraph({ tabStops, children })];
}

/** A Word header for a section's running text. */
export function runningHeader(running: Running, textWidth: number, size: number): Header {
  return new Header({ children: runningParagraphs(running, textWidth, size) });
}

/** A Word footer for a section's running text. */
export function runningFooter(running: Running, textWidth: number, size: number): Footer {
  return new Footer({ children: runningParagraphs(running, textWidth, size) });
}

function withPageNumbers(text: string): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  return text
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : part,
    );
}
