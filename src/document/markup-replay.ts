import { type MarkupDocument, ModelBuilder } from './markup-builder.js';
import { type MarkupEvent, recordMarkup } from './markup-to-model.js';

/**
 * A batch renders one template again and again with other values (district, school, …): the markup of every
 * row is the same but for where the values are printed. Parsing it costs about half of building a
 * worksheet's model. So once a template has been rendered twice with the same value keys, it is rendered
 * once more with a placeholder for each value, and that markup's parse events are kept; each later row is
 * checked to be exactly that markup with its own values (escaped as the template escapes them) in place of
 * the placeholders, and if it is, the kept events are replayed with the values put in, instead of parsing.
 *
 * The check makes this exact: markup that is the kept markup with escaped values in place parses into the
 * kept events with the values in place, because a placeholder is only ever kept where the events carry it
 * whole (text or an attribute value), and a value is only put in when it holds no character XML reads
 * differently there (tab, line break) and no `]` (which could end `]]>` with the template's text).
 */

/** What the caller renders and how values are escaped in it. */
export interface ReplaySource {
  /** Identifies everything but the values that the markup depends on (template, rubric, kind, page). */
  key: string;
  /** The template rendered with these values. */
  render(values: Record<string, string>): string;
  escape(value: string): string;
}

interface Recording {
  /** The placeholder markup cut at its placeholders: text, value index, text, …, text. */
  pieces: (string | number)[];
  events: MarkupEvent[];
  /** Which events hold a placeholder. */
  marked: boolean[];
}

/** Per source key and value keys: undefined after the first render, a recording (or null: none) after. */
const recordings = new Map<string, Recording | null | undefined>();
const MAX_RECORDINGS = 16;

/** A placeholder for value number i: noncharacters U+FDD0/U+FDD1, which no value may hold (build-document.ts). */
const placeholder = (i: number) => `\uFDD0${i}\uFDD1`;
const PLACEHOLDER = /\uFDD0(\d+)\uFDD1/g;
const UNSAFE = /[\t\n\r\]]/;

/**
 * The model of `markup` (the template rendered with `values`) from a replay of recorded events, or
 * undefined when there is no recording for it yet or it does not fit one: then the caller parses.
 */
export function replayMarkup(
  source: ReplaySource,
  values: Record<string, string>,
  markup: string,
): MarkupDocument | undefined {
  const keys = Object.keys(values);
  if (keys.length === 0 || keys.some((k) => UNSAFE.test(values[k]!))) return undefined;
  const id = `${source.key}\u0000${keys.join('\u0000')}`;
  if (!recordings.has(id)) {
    if (recordings.size >= MAX_RECORDINGS) recordings.delete(recordings.keys().next().value!);
    recordings.set(id, undefined);
    return undefined;
  }
  let recording = recordings.get(id);
  if (recording === undefined) {
    recording = record(source, keys);
    recordings.set(id, recording);
  }
  if (!recording) return undefined;
  const escaped = keys.map((k) => source.escape(values[k]!));
  if (!fits(recording.pieces, escaped, markup)) return undefined;
  try {
    return replay(
      recording,
      keys.map((k) => values[k]!),
    );
  } catch {
    return undefined; // the caller's parse reports the problem at its place
  }
}

function record(source: ReplaySource, keys: string[]): Recording | null {
  let markup: string;
  try {
    markup = source.render(Object.fromEntries(keys.map((k, i) => [k, placeholder(i)])));
  } catch {
    return null;
  }
  const events = recordMarkup(markup);
  if (!events) return null;
  const marked = events.map((event) => count(event) > 0);
  const carried = events.reduce((n, event) => n + count(event), 0);
  if (carried !== (markup.match(PLACEHOLDER)?.length ?? 0)) return null; // one in a comment, a name, …
  const pieces: (string | number)[] = [];
  let last = 0;
  for (const match of markup.matchAll(PLACEHOLDER)) {
    const index = Number(match[1]);
    if (index >= keys.length) return null; // the rubric's own text holds what looks like a placeholder
    pieces.push(markup.slice(last, match.index), index);
    last = match.index + match[0].length;
  }
  pieces.push(markup.slice(last));
  return { pieces, events, marked };
}

/** How many placeholders an event's strings hold. */
function count(event: MarkupEvent): number {
  const inText = (text: string) => text.match(PLACEHOLDER)?.length ?? 0;
  if (event.kind === 'text') return inText(event.text);
  if (event.kind === 'open') return Object.values(event.attrs).reduce((n, v) => n + inText(v), 0);
  return 0;
}

/** Whether `markup` is the recorded markup with `escaped[i]` at each placeholder i (no copy made). */
function fits(pieces: (string | number)[], escaped: string[], markup: string): boolean {
  let at = 0;
  for (const piece of pieces) {
    const text = typeof piece === 'number' ? escaped[piece]! : piece;
    if (!markup.startsWith(text, at)) return false;
    at += text.length;
  }
  return at === markup.length;
}

function replay(recording: Recording, values: string[]): MarkupDocument {
  const builder = new ModelBuilder((_, message) => {
    throw new Error(message);
  });
  const put = (text: string) => text.replace(PLACEHOLDER, (_, i: string) => values[Number(i)]!);
  const { events, marked } = recording;
  let end = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.kind === 'text') {
      builder.text(marked[i] ? put(event.text) : event.text, event.position);
      end = event.position;
    } else if (event.kind === 'open') {
      const attrs = marked[i]
        ? Object.fromEntries(Object.entries(event.attrs).map(([k, v]) => [k, put(v)]))
        : event.attrs;
      builder.open(event.name, attrs, event.start, event.end);
    } else builder.close(event.name);
  }
  return builder.finish(end + 1);
}
