import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { type PlainNode, type Reach, readFlow } from './plain-flow.js';
import { NOT_PLAIN, plainKeyEnd, plainScalar } from './plain-scalar.js';
import { MAX_DEPTH } from './yaml-limits.js';
import { lineColumn, type YamlLocator, type YamlPath } from './yaml-locator.js';

/** An open mapping or sequence, with the indentation of its keys or dashes; `node` only when tracking. */
interface Block {
  indent: number;
  node?: PlainNode;
  map?: Record<string, unknown>;
  list?: unknown[];
}

/** A key or dash whose value is on the following lines (or is null). */
interface Pending {
  indent: number;
  afterKey: boolean;
  at: number;
  block: Block;
  /** The key, for a mapping; absent for a dash. */
  key?: string;
  keyAt: number;
  repeated: boolean;
}

export type PlainResult =
  | { value: Record<string, unknown>; locator: YamlLocator; diagnostics: Diagnostic[] }
  | { value?: undefined; notPlainAt: number };

const RESERVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/** What scalar() found: a value (in `found`), nothing to store (a reported bracket mismatch), or not plain. */
const FOUND = 2;

/**
 * Reads, in one pass and linear time, the YAML most files are made of: nested block mappings of plain keys
 * and block sequences, whose values are one-line scalars (plainScalar). It gives exactly what the yaml
 * library gives for such a file, duplicate keys (and a flow collection closed by the wrong bracket) as
 * positioned diagnostics, and for anything else the offset
 * where the file leaves that shape, so the caller can hand it to the library. Large files need this: the
 * library reads about 1 MB a second. Positions of the nodes are gathered only when the locator is first
 * asked for (by reading the text again): most files read fit, and nothing asks.
 */
export function readPlainYaml(text: string, file: string): PlainResult {
  const odd = /\t|\r(?!\n)/.exec(text); // tabs, and a lone CR (a line break to YAML)
  if (odd) return { notPlainAt: odd.index };
  const reader = new PlainReader(text, file, false);
  const at = reader.read();
  if (at !== undefined) return { notPlainAt: at };
  return { value: reader.root, locator: lazyLocator(text, file), diagnostics: reader.duplicates };
}

/** The locator of a text already read: the text is read again, tracking positions, on first use. */
function lazyLocator(text: string, file: string): YamlLocator {
  let locator: YamlLocator | undefined;
  const tracked = () => {
    if (!locator) {
      const reader = new PlainReader(text, file, true);
      reader.read();
      locator = reader.locator();
    }
    return locator;
  };
  return {
    offsetOf: (path, key) => tracked().offsetOf(path, key),
    rangeOf: (path) => tracked().rangeOf(path),
    linePos: (offset) => tracked().linePos(offset),
  };
}

class PlainReader {
  readonly root: Record<string, unknown> = {};
  /** Duplicate keys and brackets that close the wrong collection: the problems this reader is sure of. */
  readonly duplicates: Diagnostic[] = [];
  private readonly rootNode: PlainNode = { start: -1, end: 0, keys: new Map() };
  private readonly stack: Block[];
  private readonly lineStarts: number[] = [];
  private pending: Pending | undefined;
  private lastEnd = 0;
  /** Where a line stopped being plain, when that is past its start. */
  private stoppedAt: number | undefined;
  /** The value scalar() read, and its node when tracking. */
  private found: unknown;
  private foundNode: PlainNode | undefined;

  constructor(
    private readonly text: string,
    private readonly file: string,
    /** Whether to build the nodes and line starts a locator needs. */
    private readonly track: boolean,
  ) {
    this.stack = [{ indent: 0, ...(track ? { node: this.rootNode } : {}), map: this.root }];
  }

  /** Reads every line; the offset where the text stops being plain YAML, or undefined. */
  read(): number | undefined {
    const text = this.text;
    for (let start = 0; start < text.length; ) {
      if (this.track) this.lineStarts.push(start);
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      let at = start;
      while (at < stop && text.charCodeAt(at) === 32) at++;
      const indent = at - start;
      start = end + 1;
      if (at === stop || text.charCodeAt(at) === 35) continue; // blank or comment
      if (!this.line(at, indent, stop)) return this.stoppedAt ?? at;
      if (this.stack.length > MAX_DEPTH) return at;
    }
    this.settle(0, false);
    while (this.stack.length > 1) this.close();
    if (Object.keys(this.root).length === 0 && this.duplicates.length === 0) return 0;
    this.rootNode.end = this.lastEnd;
    return undefined;
  }

  /** One line of content; false when it is not plain YAML. */
  private line(at: number, indent: number, stop: number): boolean {
    const dash = this.isDash(at, stop);
    this.settle(indent, dash, at);
    for (;;) {
      const top = this.stack[this.stack.length - 1]!;
      const leave = indent < top.indent || (top.list !== undefined && indent === top.indent && !dash);
      if (this.stack.length === 1 || !leave) break;
      this.close();
    }
    const top = this.stack[this.stack.length - 1]!;
    if (indent !== top.indent) return false;
    if (!top.list) return !dash && this.entry(top, at, stop);
    let item = at + 1;
    while (item < stop && this.text.charCodeAt(item) === 32) item++;
    this.lastEnd = Math.max(this.lastEnd, item);
    if (item === stop) {
      this.pending = { indent, afterKey: false, at: stop, block: top, keyAt: -1, repeated: false };
      return true;
    }
    if (this.isDash(item, stop)) return false;
    if (plainKeyEnd(this.text, item) >= 0) {
      const block = this.open(item - (at - indent), item, 'map');
      this.store(top, undefined, -1, block.map, block.node);
      return this.entry(block, item, stop);
    }
    const read = this.scalar(item, stop);
    if (read === FOUND) this.store(top, undefined, -1, this.found, this.foundNode);
    return read !== false;
  }

  /** A `key:` or `key: value` line of a mapping. */
  private entry(block: Block, at: number, stop: number): boolean {
    const keyEnd = plainKeyEnd(this.text, at);
    if (keyEnd < 0) return false;
    const key = this.text.slice(at, keyEnd);
    if (RESERVED_KEY.test(key)) return false;
    let value = at + key.length + 1;
    if (value < stop && this.text.charCodeAt(value) !== 32) return false;
    while (value < stop && this.text.charCodeAt(value) === 32) value++;
    if (block.node && block.node.start < 0) block.node.start = at;
    // The first of repeated keys counts; a key is in the mapping as soon as its value is stored.
    const repeated = Object.hasOwn(block.map!, key);
    if (repeated) this.duplicate(key, at);
    this.lastEnd = Math.max(this.lastEnd, value);
    if (value === stop) {
      this.pending = { indent: block.indent, afterKey: true, at: stop, block, key, keyAt: at, repeated };
      return true;
    }
    const read = this.scalar(value, stop);
    if (read === FOUND && !repeated) this.store(block, key, at, this.found, this.foundNode);
    return read !== false;
  }

  /** Puts a value in a mapping under `key` (the key at `keyAt`), or at the end of a sequence. */
  private store(
    block: Block,
    key: string | undefined,
    keyAt: number,
    value: unknown,
    node: PlainNode | undefined,
  ): void {
    if (key === undefined) {
      block.list!.push(value);
      if (this.track) block.node!.items!.push(node!);
    } else {
      block.map![key] = value;
      if (this.track) block.node!.keys!.set(key, { key: keyAt, node: node! });
    }
  }

  /**
   * A one-line value: a scalar or a flow collection. FOUND (the value in `found`), true when there is
   * nothing to store (a bracket mismatch, reported), false when it is not plain.
   */
  private scalar(at: number, stop: number): typeof FOUND | boolean {
    const first = this.text.charCodeAt(at);
    if (first === 123 || first === 91) {
      const depth = MAX_DEPTH - this.stack.length;
      const reach: Reach = { at };
      const flow = readFlow(this.text, at, stop, depth, (key, offset) => this.duplicate(key, offset), reach);
      if (reach.mismatch) {
        this.mismatch(reach.at, reach.mismatch.opened, reach.mismatch.closedBy);
        return true;
      }
      if (!flow || this.text.slice(flow.end, stop).trim() !== '') {
        this.stoppedAt = flow ? flow.end : reach.at;
        return false;
      }
      this.found = flow.value;
      this.foundNode = flow.node;
      this.lastEnd = flow.end;
      return FOUND;
    }
    const source = this.text.slice(at, stop).trimEnd();
    const value = plainScalar(source);
    if (value === NOT_PLAIN) {
      this.stoppedAt = at;
      return false;
    }
    const end = at + source.length;
    this.found = value;
    this.foundNode = this.track ? { start: at, end } : undefined;
    this.lastEnd = end;
    return FOUND;
  }

  /** Gives a pending key or dash its value: the block that starts on this line, or null. */
  private settle(indent: number, dash: boolean, at = this.text.length): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    let value: unknown = null;
    let node: PlainNode | undefined;
    if (dash && (indent > pending.indent || (indent === pending.indent && pending.afterKey))) {
      const block = this.open(indent, at, 'list');
      value = block.list;
      node = block.node;
    } else if (!dash && indent > pending.indent) {
      const block = this.open(indent, at, 'map');
      value = block.map;
      node = block.node;
    } else if (this.track) {
      node = { start: pending.at, end: pending.at };
    }
    if (!pending.repeated) this.store(pending.block, pending.key, pending.keyAt, value, node);
  }

  private open(indent: number, at: number, kind: 'map' | 'list'): Block {
    const node: PlainNode | undefined = !this.track
      ? undefined
      : kind === 'map'
        ? { start: at, end: at, keys: new Map() }
        : { start: at, end: at, items: [] };
    const block: Block = kind === 'map' ? { indent, node, map: {} } : { indent, node, list: [] };
    this.stack.push(block);
    return block;
  }

  private close(): void {
    const node = this.stack.pop()!.node;
    if (node) node.end = this.lastEnd;
  }

  private isDash(at: number, stop: number): boolean {
    return this.text.charCodeAt(at) === 45 && (at + 1 === stop || this.text.charCodeAt(at + 1) === 32);
  }

  /** The line starts, to position a diagnostic: gathered while tracking, else found now (rarely needed). */
  private starts(): number[] {
    if (!this.track && this.lineStarts.length === 0) {
      const text = this.text;
      for (let start = 0; start < text.length; start = text.indexOf('\n', start) + 1 || text.length)
        this.lineStarts.push(start);
    }
    return this.lineStarts;
  }

  /** A flow collection closed by the wrong bracket: a syntax error, with where the collection opened. */
  private mismatch(at: number, opened: number, closedBy: string): void {
    const open = lineColumn(this.starts(), opened);
    const kind = this.text[opened] === '{' ? 'mapping' : 'list';
    const expected = kind === 'mapping' ? '}' : ']';
    this.duplicates.push({
      file: this.file,
      ...lineColumn(this.starts(), at),
      severity: 'error',
      code: 'yaml/syntax',
      message: `the flow ${kind} opened at line ${open.line}, column ${open.column} is closed with ${closedBy} instead of ${expected}`,
    });
  }

  private duplicate(key: string, at: number): void {
    const { line, column } = lineColumn(this.starts(), at);
    this.duplicates.push({
      file: this.file,
      line,
      column,
      severity: 'error',
      code: 'yaml/duplicate-key',
      message: `duplicate key "${sanitizeForDisplay(key, 60)}": a key may appear only once in a mapping`,
    });
  }

  locator(): YamlLocator {
    const { rootNode, lineStarts } = this;
    const find = (path: YamlPath, key: boolean): { node?: PlainNode; offset: number } => {
      let node: PlainNode | undefined = rootNode;
      let offset = rootNode.start;
      for (let i = 0; i < path.length && node; i++) {
        const entry: { key: number; node: PlainNode } | undefined = node.keys?.get(String(path[i]));
        const next: PlainNode | undefined = entry ? entry.node : node.items?.[Number(path[i])];
        if (entry && key && i === path.length - 1) return { offset: entry.key };
        if (!next) return { offset };
        node = next;
        offset = next.start;
      }
      return { node, offset };
    };
    return {
      offsetOf: (path, key = false) => find(path, key).offset,
      rangeOf: (path) => {
        const { node } = find(path, false);
        return node && [node.start, node.end];
      },
      linePos: (offset) => lineColumn(lineStarts, offset),
    };
  }
}
