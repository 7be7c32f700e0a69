import type { Run } from '../../../document/model.js';
import type { FontSet, FontStyle } from '../../fonts/load-fonts.js';
import { fontChain, segmentText, spansWidth, type TextSpan } from '../../fonts/segment-text.js';

/** A line ready to draw: its spans and its width at the size it was wrapped for. */
export interface Line {
  spans: TextSpan[];
  width: number;
}

interface Token {
  spans: TextSpan[];
  width: number;
  space: boolean;
  text: string;
  style: FontStyle;
}

/** The font style of a run. */
export function styleOf(run: Run): FontStyle {
  if (run.bold) return run.italic ? 'bold-italic' : 'bold';
  return run.italic ? 'italic' : 'regular';
}

/**
 * Greedy word wrap of runs into lines no wider than `width`; a word longer than a line is broken between
 * characters, and "\n" forces a break. Never returns a line wider than `width` unless one character is.
 */
export function wrapRuns(runs: readonly Run[], size: number, width: number, fonts: FontSet): Line[] {
  // Only the bundled faces are process-wide; with extra fonts the answer depends on them, so no memo.
  if (fonts.fallbacks.length > 0) return wrap(runs, size, width, fonts);
  let key = `${size} ${width}`;
  for (const run of runs) key += `\u0000${styleOf(run)}\u0000${run.text}`;
  let lines = wrapped.get(key);
  if (!lines) {
    lines = wrap(runs, size, width, fonts);
    if (wrapped.size >= 500) wrapped.clear();
    wrapped.set(key, lines);
  }
  return lines;
}

/**
 * Wrapped lines by runs, size and width, per process: a batch lays out the same item texts in the same
 * columns for every row, and measuring them was a tenth of a PDF's cost. Callers never change the lines.
 */
const wrapped = new Map<string, Line[]>();

function wrap(runs: readonly Run[], size: number, width: number, fonts: FontSet): Line[] {
  const context = runs.map((r) => r.text).join('');
  const lines: Line[] = [];
  let line: Token[] = [];
  let lineWidth = 0;
  const flush = () => {
    while (line.length > 0 && line[line.length - 1]!.space) lineWidth -= line.pop()!.width;
    lines.push(toLine(line, lineWidth));
    line = [];
    lineWidth = 0;
  };
  for (const run of runs) {
    const style = styleOf(run);
    const chain = fontChain(fonts, style);
    for (const part of run.text.normalize('NFC').split(/(\n|[ \t]+)/)) {
      if (part === '') continue;
      if (part === '\n') {
        flush();
        continue;
      }
      const space = /^[ \t]+$/.test(part);
      const text = space ? ' ' : part;
      const spans = segmentText(text, chain, context);
      const token: Token = { spans, width: spansWidth(spans, size), space, text, style };
      if (space && line.length === 0) continue;
      if (lineWidth + token.width <= width || space) {
        line.push(token);
        lineWidth += token.width;
        continue;
      }
      if (line.length > 0) flush();
      for (const piece of breakWord(token, size, width, chain)) {
        if (lineWidth + piece.width > width && line.length > 0) flush();
        line.push(piece);
        lineWidth += piece.width;
      }
    }
  }
  if (line.length > 0 || lines.length === 0) flush();
  return lines;
}

function breakWord(token: Token, size: number, width: number, chain: ReturnType<typeof fontChain>): Token[] {
  if (token.width <= width) return [token];
  const pieces: Token[] = [];
  let current = '';
  for (const char of token.text) {
    const next = current + char;
    if (current !== '' && spansWidth(segmentText(next, chain), size) > width) {
      pieces.push(pieceOf(current, token, size, chain));
      current = char;
    } else current = next;
  }
  if (current !== '') pieces.push(pieceOf(current, token, size, chain));
  return pieces;
}

function pieceOf(text: string, token: Token, size: number, chain: ReturnType<typeof fontChain>): Token {
  const spans = segmentText(text, chain);
  return { spans, width: spansWidth(spans, size), space: false, text, style: token.style };
}

function toLine(tokens: Token[], width: number): Line {
  const spans: TextSpan[] = [];
  for (const token of tokens) {
    for (const span of token.spans) {
      const last = spans[spans.length - 1];
      if (last && last.font === span.font) last.text += span.text;
      else spans.push({ ...span });
    }
  }
  return { spans, width };
}
