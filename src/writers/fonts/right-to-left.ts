import { UserError } from '../../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../../diagnostics/sanitize.js';

/** Blocks of right-to-left scripts: [first, last, script]. */
const BLOCKS: [number, number, string][] = [
  [0x0590, 0x05ff, 'Hebrew'],
  [0x0600, 0x06ff, 'Arabic'],
  [0x0700, 0x074f, 'Syriac'],
  [0x0750, 0x077f, 'Arabic'],
  [0x0780, 0x07bf, 'Thaana'],
  [0x07c0, 0x07ff, 'N’Ko'],
  [0x0800, 0x085f, 'Samaritan or Mandaic'],
  [0x0860, 0x086f, 'Syriac'],
  [0x0870, 0x08ff, 'Arabic'],
  [0xfb1d, 0xfb4f, 'Hebrew'],
  [0xfb50, 0xfdff, 'Arabic'],
  [0xfe70, 0xfeff, 'Arabic'],
  [0x10800, 0x10fff, 'a historic right-to-left script'],
  [0x1e800, 0x1efff, 'a right-to-left script'],
];

/** The right-to-left script a code point belongs to, if it does. */
export function rightToLeftScript(code: number): string | undefined {
  if (code < 0x0590 || (code > 0x08ff && code < 0xfb1d)) return undefined;
  for (const [first, last, script] of BLOCKS) if (code >= first && code <= last) return script;
  return undefined;
}

/** The error for right-to-left text, which the PDF writer would draw left to right, letters unjoined. */
export function rightToLeftError(code: number, script: string, context: string): UserError {
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return new UserError(
    `cannot draw "${sanitizeForDisplay(context, 60)}" in a PDF: "${String.fromCodePoint(code)}" (U+${hex}) is ${script}, written right to left, which the PDF writer cannot lay out; render this worksheet as HTML or DOCX instead`,
  );
}
