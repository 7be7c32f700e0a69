import { SaxesParser } from 'saxes';
import { UserError } from '../diagnostics/diagnostic.js';
import { type MarkupDocument, ModelBuilder } from './markup-builder.js';
import { markupProblem } from './markup-problem.js';
import type { Field } from './model.js';

export type { MarkupDocument } from './markup-builder.js';

/**
 * A problem in the rendered markup, at an offset of it; build-document.ts turns the offset into the
 * template's own line and column. The message alone names the rendered markup's line.
 */
export class MarkupError extends UserError {
  constructor(
    readonly templateName: string,
    readonly offset: number,
    readonly reason: string,
    markup: string,
  ) {
    const lines = markup.slice(0, offset).split('\n');
    super(
      `template ${templateName}: rendered markup line ${lines.length}, column ${lines[lines.length - 1]!.length + 1}: ${reason}`,
    );
  }
}

/** Fields of the model and the markup offset of each one's element, for positioned field-name errors. */
export const fieldOffsets = new WeakMap<Field, number>();

/** A parse event of the markup, as `recordMarkup` keeps it: offsets as in `ModelBuilder`'s methods. */
export type MarkupEvent =
  | { kind: 'text'; text: string; position: number }
  | { kind: 'open'; name: string; attrs: Record<string, string>; start: number; end: number }
  | { kind: 'close'; name: string };

/**
 * Parses the document markup a template renders (see docs/templates.md) into model sections. Errors are
 * MarkupErrors at an offset of the markup.
 */
export function markupToModel(markup: string, templateName: string): MarkupDocument {
  const fail = (offset: number, message: string): never => {
    throw new MarkupError(templateName, offset, message, markup);
  };
  const builder = new ModelBuilder(fail, (field, start, end) =>
    fieldOffsets.set(field, nameOffset(markup, start, end)),
  );
  const end = parseMarkup(markup, fail, {
    text: (text, position) => builder.text(text, position),
    open: (name, attrs, start, position) => builder.open(name, attrs, start, position),
    close: (name) => builder.close(name),
  });
  return builder.finish(end);
}

/**
 * The parse events of well-formed markup, for `replayMarkup`; undefined if it is not well-formed (the
 * model's own rules are not checked here).
 */
export function recordMarkup(markup: string): MarkupEvent[] | undefined {
  const events: MarkupEvent[] = [];
  try {
    parseMarkup(
      markup,
      () => {
        throw new Error('not well-formed');
      },
      {
        text: (text, position) => events.push({ kind: 'text', text, position }),
        open: (name, attrs, start, end) => events.push({ kind: 'open', name, attrs, start, end }),
        close: (name) => events.push({ kind: 'close', name }),
      },
    );
  } catch {
    return undefined;
  }
  return events;
}

interface MarkupHandlers {
  text(text: string, position: number): void;
  open(name: string, attrs: Record<string, string>, start: number, end: number): void;
  close(name: string): void;
}

/** Runs saxes over the markup; well-formedness errors go to `fail` in plain words. Returns the end offset. */
function parseMarkup(
  markup: string,
  fail: (offset: number, message: string) => never,
  handlers: MarkupHandlers,
): number {
  const parser = new SaxesParser({ position: true });
  /** Every open element, inline ones too, for messages about what is left open. */
  const open: { name: string; start: number }[] = [];
  /** saxes closes an element left open before it reports the close tag that gave it away. */
  let lastClosed: { name: string; start: number } | undefined;
  parser.on('error', (error) => {
    const problem = markupProblem(markup, parser.position, error.message, open, lastClosed);
    fail(problem.offset, problem.reason);
  });
  parser.on('text', (text) => handlers.text(text, parser.position));
  parser.on('opentag', (tag) => {
    const start = markup.lastIndexOf('<', parser.position - 1);
    if (!tag.isSelfClosing) open.push({ name: tag.name, start });
    handlers.open(tag.name, tag.attributes as Record<string, string>, start, parser.position);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) lastClosed = open.pop();
    handlers.close(tag.name);
  });
  parser.write(markup).close();
  return parser.position;
}

/** The offset of a field element's name attribute value (or of the element, without one). */
function nameOffset(markup: string, start: number, end: number): number {
  const found = /\sname\s*=\s*["']/.exec(markup.slice(start, end));
  return found ? start + found.index + found[0].length : start;
}
