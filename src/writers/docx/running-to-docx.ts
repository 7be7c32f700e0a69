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
  const width = (text: string) => (text.length + 2) * AVERAGE_ADVANCE * (size / 2);
  const [left, center, right] = slots.map((slot) => width(slot.text)) as [number, number, number];
  // A centre slot needs room on both sides of the middle; without one, left and right share the line.
  const fits = slots[1]!.text ? Math.max(left, right) <= (textWidth - center) / 2 : left + right <= textWidth;
  if (!fits) {
    return slots
      .filter((slot) => slot.text !== '')
      .map(
        ({ text, alignment }) =>
          new Paragraph({ alignment, children: [new TextRun({ children: withPageNumbers(text), size })] }),
      );
  }
  const used = slots[1]!.text ? slots : [slots[0]!, slots[2]!];
  const children: TextRun[] = [];
  used.forEach(({ text }, i) => {
    if (i > 0) children.push(new TextRun({ text: '\t', size }));
    if (text) children.push(new TextRun({ children: withPageNumbers(text), size }));
  });
  const rightStop = { type: TabStopType.RIGHT, position: twips(textWidth) };
  const tabStops = slots[1]!.text
    ? [{ type: TabStopType.CENTER, position: twips(textWidth / 2) }, rightStop]
    : [rightStop];
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
