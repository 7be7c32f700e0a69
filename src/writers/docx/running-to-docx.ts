import type { Running } from '../../document/model.js';
import { paragraphXml } from './paragraph-xml.js';
import { runProperties } from './runs-to-docx.js';
import { twips } from './units.js';
import { text } from './xml-text.js';

/**
 * Average advance of an Arial character, in ems (0.46–0.50 measured on header and footer texts with Liberation
 * Sans, Arial's metric twin), with a margin, for judging whether the slots fit on one line.
 */
const AVERAGE_ADVANCE = 0.54;

type Alignment = 'left' | 'center' | 'right';

/**
 * Header or footer text in three slots as paragraphs: on one line (left at the margin, centre and right on tab
 * stops) when they fit, else one aligned line per slot, so that a long title does not push the right slot under
 * the left. `{page}` and `{pages}` become Word's PAGE and NUMPAGES fields, so the numbers stay right after
 * editing. `size` in half-points, `textWidth` in points.
 */
export function runningParagraphs(running: Running, textWidth: number, size: number): string {
  const slots: { text: string; align: Alignment }[] = [
    { text: running.left ?? '', align: 'left' },
    { text: running.center ?? '', align: 'center' },
    { text: running.right ?? '', align: 'right' },
  ];
  const width = (value: string) => (value.length + 2) * AVERAGE_ADVANCE * (size / 2);
  const [left, center, right] = slots.map((slot) => width(slot.text)) as [number, number, number];
  const format = runProperties({ size });
  // A centre slot needs room on both sides of the middle; without one, left and right share the line.
  const hasCenter = slots[1]!.text !== '';
  const fits = hasCenter ? Math.max(left, right) <= (textWidth - center) / 2 : left + right <= textWidth;
  if (!fits) {
    return slots
      .filter((slot) => slot.text !== '')
      .map(({ text: value, align }) => paragraphXml({ align }, withPageNumbers(value, format)))
      .join('');
  }
  const used = hasCenter ? slots : [slots[0]!, slots[2]!];
  const content = used
    .map(
      ({ text: value }, i) => (i > 0 ? `<w:r>${format}<w:tab/></w:r>` : '') + withPageNumbers(value, format),
    )
    .join('');
  const rightStop = { type: 'right' as const, position: twips(textWidth) };
  const tabs = hasCenter
    ? [{ type: 'center' as const, position: twips(textWidth / 2) }, rightStop]
    : [rightStop];
  return paragraphXml({ tabs }, content);
}

const FIELDS: Record<string, string> = { '{page}': 'PAGE', '{pages}': 'NUMPAGES' };

/** Runs of text with `{page}` and `{pages}` as fields; `format` is the runs' w:rPr. */
function withPageNumbers(value: string, format: string): string {
  let out = '';
  for (const part of value.split(/(\{page\}|\{pages\})/)) {
    if (part === '') continue;
    const field = FIELDS[part];
    if (field === undefined) {
      out += `<w:r>${format}<w:t xml:space="preserve">${text(part)}</w:t></w:r>`;
      continue;
    }
    out +=
      `<w:r>${format}<w:fldChar w:fldCharType="begin"/></w:r>` +
      `<w:r>${format}<w:instrText xml:space="preserve"> ${field} </w:instrText></w:r>` +
      `<w:r>${format}<w:fldChar w:fldCharType="separate"/></w:r>` +
      `<w:r>${format}<w:fldChar w:fldCharType="end"/></w:r>`;
  }
  return out;
}
