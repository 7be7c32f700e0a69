import { colors } from '../../colors.js';
import { sanitizeForDisplay, sanitizeMultiline } from '../../diagnostics/sanitize.js';

/** The styles the terminal report uses; every one is the identity when colour is off. */
export interface Paint {
  heading: (text: string) => string;
  dim: (text: string) => string;
  good: (text: string) => string;
  fair: (text: string) => string;
  poor: (text: string) => string;
}

const same = (text: string) => text;
export const PLAIN: Paint = { heading: same, dim: same, good: same, fair: same, poor: same };

/** Colours from src/colors.ts, used only when the command asks for them. */
export function paintFor(color: boolean): Paint {
  if (!color) return PLAIN;
  return {
    heading: (t) => colors.bold(t),
    dim: (t) => colors.dim(t),
    good: (t) => colors.green(t),
    fair: (t) => colors.yellow(t),
    poor: (t) => colors.red(t),
  };
}

/** The style for a position on the scale: top third good, middle fair, bottom poor. */
export function styleFor(paint: Paint, position: number): (text: string) => string {
  return position >= 2 / 3 ? paint.good : position >= 1 / 3 ? paint.fair : paint.poor;
}

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar of `width` cells filled to `position` (0..1) in eighths of a cell, padded with light shade. */
export function bar(position: number, width: number): string {
  const eighths = Math.round(Math.min(1, Math.max(0, position)) * width * 8);
  const full = Math.floor(eighths / 8);
  const part = EIGHTHS[eighths % 8]!;
  return `${'█'.repeat(full)}${part}${'░'.repeat(width - full - (part ? 1 : 0))}`;
}

/** User or rubric text on one line: control and bidi characters escaped, cut to max characters with …. */
export function clip(text: string, max: number): string {
  const one = sanitizeForDisplay(text.replace(/\s+/g, ' ').trim(), 100_000);
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** Free text (reflections, evidence) wrapped at width with an indent; controls escaped, newlines kept. */
export function wrap(text: string, indent: string, width = 100): string[] {
  const lines: string[] = [];
  for (const paragraph of sanitizeMultiline(text).split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      if (line !== '' && indent.length + line.length + 1 + word.length > width) {
        lines.push(indent + line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    lines.push(indent + line);
  }
  return lines;
}
