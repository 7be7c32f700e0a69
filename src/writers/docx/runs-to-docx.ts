import type { Run } from '../../document/model.js';
import { text, valued } from './xml-text.js';

export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  /** Half-points; omitted: the style's or document's size. */
  size?: number | undefined;
  /** A character style id. */
  style?: string;
  /** Start with a line break. */
  breakBefore?: boolean;
}

const LINE_BREAK = /\r\n|\r|\n/;

/** Run properties (w:rPr) in schema order, or nothing when the run has none. */
export function runProperties(format: RunFormat): string {
  let properties = '';
  if (format.style) properties += valued('w:rStyle', format.style);
  if (format.bold) properties += '<w:b/><w:bCs/>';
  if (format.italic) properties += '<w:i/><w:iCs/>';
  if (format.size !== undefined)
    properties += `<w:sz w:val="${format.size}"/><w:szCs w:val="${format.size}"/>`;
  return properties === '' ? '' : `<w:rPr>${properties}</w:rPr>`;
}

/** A run (w:r) of text; line breaks in the text become w:br, as Word has no newline inside w:t. */
export function runXml(value: string, format: RunFormat = {}): string {
  let out = `<w:r>${runProperties(format)}`;
  if (format.breakBefore) out += '<w:br/>';
  const lines = value.includes('\n') || value.includes('\r') ? value.split(LINE_BREAK) : [value];
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) out += '<w:br/>';
    out += `<w:t xml:space="preserve">${text(lines[i]!)}</w:t>`;
  }
  return `${out}</w:r>`;
}

/**
 * Model runs as Word runs at a given size (half-points), stated only where it differs from the document's
 * default.
 */
export function runsXml(runs: Run[], size: number, documentSize?: number): string {
  const stated = size === documentSize ? undefined : size;
  let out = '';
  for (const run of runs) {
    out += runXml(run.text, { bold: run.bold === true, italic: run.italic === true, size: stated });
  }
  return out;
}
