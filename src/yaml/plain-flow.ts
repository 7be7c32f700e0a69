import { NOT_PLAIN, plainKeyEnd, plainScalar } from './plain-scalar.js';

/** Where one node stands in the text, and for a mapping or a sequence, its children. */
export interface PlainNode {
  start: number;
  end: number;
  keys?: Map<string, { key: number; node: PlainNode }>;
  items?: PlainNode[];
}

/** How far a flow collection was read, and, for a bracket that closes the wrong kind, which. */
export interface Reach {
  at: number;
  mismatch?: { opened: number; closedBy: string };
}

export interface FlowValue {
  value: unknown;
  node: PlainNode;
  /** Offset just after the value. */
  end: number;
}

const RESERVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/**
 * Reads a one-line flow collection (`{clarity: 4, evidence: 3}`, `[a, "b"]`, nested up to `depth`) of
 * plain keys and one-line scalars, starting at `at` and ending before `stop`; undefined for anything else,
 * which goes to the yaml library (`reach.at` then tells how far it got), except a collection closed by the
 * wrong bracket, a syntax error whatever follows (`reach.mismatch`). A repeated key is passed to
 * `duplicate` and its value dropped.
 */
export function readFlow(
  text: string,
  at: number,
  stop: number,
  depth: number,
  duplicate: (key: string, at: number) => void,
  reach: Reach = { at },
): FlowValue | undefined {
  const open = text.charCodeAt(at);
  if (depth <= 0 || (open !== 123 && open !== 91)) return undefined;
  const close = open === 123 ? 125 : 93;
  const node: PlainNode =
    open === 123 ? { start: at, end: at, keys: new Map() } : { start: at, end: at, items: [] };
  const map: Record<string, unknown> = {};
  const list: unknown[] = [];
  let pos = skipSpaces(text, at + 1, stop);
  if (text.charCodeAt(pos) === close) return finish(pos);
  for (;;) {
    let key: string | undefined;
    const keyAt = pos;
    reach.at = pos;
    if (node.keys) {
      const keyEnd = plainKeyEnd(text, pos);
      if (keyEnd < 0) return;
      key = text.slice(pos, keyEnd);
      if (RESERVED_KEY.test(key) || text.charCodeAt(keyEnd + 1) !== 32) return;
      pos = skipSpaces(text, pos + key.length + 1, stop);
    }
    const item = flowItem(text, pos, stop, depth, duplicate, reach);
    if (!item) return undefined;
    if (key === undefined) {
      list.push(item.value);
      node.items!.push(item.node);
    } else if (node.keys!.has(key)) {
      duplicate(key, keyAt);
    } else {
      map[key] = item.value;
      node.keys!.set(key, { key: keyAt, node: item.node });
    }
    pos = skipSpaces(text, item.end, stop);
    reach.at = pos;
    const next = text.charCodeAt(pos);
    if (next === close) return finish(pos);
    if ((next === 93 || next === 125) && pos < stop) {
      reach.mismatch = { opened: at, closedBy: String.fromCharCode(next) };
      return undefined;
    }
    if (next !== 44 || pos >= stop) return undefined; // a comma
    pos = skipSpaces(text, pos + 1, stop);
  }

  function finish(end: number): FlowValue {
    node.end = end + 1;
    return { value: node.keys ? map : list, node, end: end + 1 };
  }
}

/** One value inside a flow collection: a nested collection, a quoted string or a plain scalar. */
function flowItem(
  text: string,
  at: number,
  stop: number,
  depth: number,
  duplicate: (key: string, at: number) => void,
  reach: Reach,
): FlowValue | undefined {
  const first = text.charCodeAt(at);
  if (first === 123 || first === 91) return readFlow(text, at, stop, depth - 1, duplicate, reach);
  let end = at;
  if (first === 34 || first === 39) {
    end = quoteEnd(text, at, stop);
    if (end < 0) return undefined;
  } else {
    while (end < stop && !FLOW_END.has(text.charCodeAt(end))) end++;
    while (end > at && text.charCodeAt(end - 1) === 32) end--;
  }
  const source = text.slice(at, end);
  const value = source.includes(':') ? NOT_PLAIN : plainScalar(source);
  if (value === NOT_PLAIN || source === '') return undefined;
  return { value, node: { start: at, end }, end };
}

/** Commas and brackets end a plain scalar in a flow collection. */
const FLOW_END = new Set([44, 91, 93, 123, 125]);

/** Offset just after the quote that closes the string opening at `at`, or -1 when it is not on this line. */
function quoteEnd(text: string, at: number, stop: number): number {
  const quote = text.charCodeAt(at);
  for (let i = at + 1; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (quote === 34 && c === 92) i++;
    else if (c === quote) {
      if (quote === 39 && text.charCodeAt(i + 1) === 39) i++;
      else return i + 1;
    }
  }
  return -1;
}

function skipSpaces(text: string, at: number, stop: number): number {
  let pos = at;
  while (pos < stop && text.charCodeAt(pos) === 32) pos++;
  return pos;
}
