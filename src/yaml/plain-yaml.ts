import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { type PlainNode, type Reach, readFlow } from './plain-flow.js';
import { NOT_PLAIN, plainKeyEnd, plainScalar } from './plain-scalar.js';
import { MAX_DEPTH } from './yaml-limits.js';
import { lineColumn, type YamlLocator, type YamlPath } from './yaml-locator.js';

/** An open mapping or sequence, with the indentation of its keys or dashes. */
interface Block {
  indent: number;
  node: PlainNode;
  map?: Record<string, unknown>;
  list?: unknown[];
}

/** A key or dash whose value is on the following lines (or is null). */
interface Pending {
  indent: number;
  afterKey: boolean;
  at: number;
  set(value: unknown, node: PlainNode): void;
}

export type PlainResult =
  | { value: Record<string, unknown>; locator: YamlLocator; diagnostics: Diagnostic[] }
  | { value?: undefined; notPlainAt: number };

const RESERVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/**
 * Reads, in one pass and linear time, the YAML most files are made of: nested block mappings of plain keys
 * and block sequences, whose values are one-line scalars (plainScalar). It gives exactly what the yaml
 * library gives for such a file, duplicate keys (and a flow collection closed by the wrong bracket) as
 * positioned diagnostics, and for anything else the offset
 * where the file leaves that shape, so the caller can hand it to the library. Large files need this: the
 * library reads about 1 MB a second.
 */
export function readPlainYaml(text: string, file: string): PlainResult {
  const odd = /\t|\r(?!\n)/.exec(text); // tabs, and a lone CR (a line break to YAML)
  if (odd) return { notPlainAt: odd.index };
  const reader = new PlainReader(text, file);
  const at = reader.read();
  if (at !== undefined) return { notPlainAt: at };
  return { value: reader.root, locator: reader.locator(), diagnostics: reader.duplicates };
}

class PlainReader {
  readonly root: Record<string, unknown> = {};
  /** Duplicate keys and brackets that close the wrong collection: the problems this reader is sure of. */
  readonly duplicates: Diagnostic[] = [];
  private readonly rootNode: PlainNode = { start: -1, end: 0, keys: new Map() };
  private readonly stack: Block[] = [{ indent: 0, node: this.rootNode, map: this.root }];
  private readonly lineStarts: number[] = [];
  private pending: Pending | undefined;
  private lastEnd = 0;
  /** Where a line stopped being plain, when that is past its start. */
  private stoppedAt: number | undefined;

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {}

  /** Reads every line; the offset where the text stops being plain YAML, or undefined. */
  read(): number | undefined {
    const text = this.text;
    for (let start = 0; start < text.length; ) {
      this.lineStarts.push(start);
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
    if (this.rootNode.keys!.size === 0 && this.duplicates.length === 0) return 0;
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
    const list = top.list;
    const items = top.node.items!;
    const push = (value: unknown, node: PlainNode) => {
      list.push(value);
      items.push(node);
    };
    if (item === stop) {
      this.pending = {
        indent,
        afterKey: false,
        at: stop,
        set: push,
      };
      return true;
    }
    if (this.isDash(item, stop)) return false;
    if (plainKeyEnd(this.text, item) >= 0) {
      const block = this.open(item - (at - indent), item, 'map');
      list.push(block.map);
      items.push(block.node);
      return this.entry(block, item, stop);
    }
    return this.scalar(item, stop, push);
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
    if (block.node.start < 0) block.node.start = at;
    const keys = block.node.keys!;
    const map = block.map!;
    const repeated = keys.has(key);
    if (repeated) this.duplicate(key, at);
    const set = (v: unknown, node: PlainNode) => {
      if (repeated) return;
      map[key] = v;
      keys.set(key, { key: at, node });
    };
    this.lastEnd = Math.max(this.lastEnd, value);
    if (value === stop) {
      this.pending = { indent: block.indent, afterKey: true, at: stop, set };
      return true;
    }
    return this.scalar(value, stop, set);
  }

  /** A one-line value: a scalar or a flow collection. */
  private scalar(at: number, stop: number, set: (value: unknown, node: PlainNode) => void): boolean {
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
      set(flow.value, flow.node);
      this.lastEnd = flow.end;
      return true;
    }
    const source = this.text.slice(at, stop).trimEnd();
    const value = plainScalar(source);
    if (value === NOT_PLAIN) {
      this.stoppedAt = at;
      return false;
    }
    const end = at + source.length;
    set(value, { start: at, end });
    this.lastEnd = end;
    return true;
  }

  /** Gives a pending key or dash its value: the block that starts on this line, or null. */
  private settle(indent: number, dash: boolean, at = this.text.length): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    if (dash && (indent > pending.indent || (indent === pending.indent && pending.afterKey))) {
      const block = this.open(indent, at, 'list');
      pending.set(block.list, block.node);
    } else if (!dash && indent > pending.indent) {
      const block = this.open(indent, at, 'map');
      pending.set(block.map, block.node);
    } else {
      pending.set(null, { start: pending.at, end: pending.at });
    }
  }

  private open(indent: number, at: number, kind: 'map' | 'list'): Block {
    const block: Block =
      kind === 'map'
        ? { indent, node: { start: at, end: at, keys: new Map() }, map: {} }
        : { indent, node: { start: at, end: at, items: [] }, list: [] };
    this.stack.push(block);
    return block;
  }

  private close(): void {
    this.stack.pop()!.node.end = this.lastEnd;
  }

  private isDash(at: number, stop: number): boolean {
    return this.text.charCodeAt(at) === 45 && (at + 1 === stop || this.text.charCodeAt(at + 1) === 32);
  }

  /** A flow collection closed by the wrong bracket: a syntax error, with where the collection opened. */
  private mismatch(at: number, opened: number, closedBy: string): void {
    const open = lineColumn(this.lineStarts, opened);
    const kind = this.text[opened] === '{' ? 'mapping' : 'list';
    const expected = kind === 'mapping' ? '}' : ']';
    this.duplicates.push({
      file: this.file,
      ...lineColumn(this.lineStarts, at),
      severity: 'error',
      code: 'yaml/syntax',
      message: `the flow ${kind} opened at line ${open.line}, column ${open.column} is closed with ${closedBy} instead of ${expected}`,
    });
  }

  private duplicate(key: string, at: number): void {
    const { line, column } = lineColumn(this.lineStarts, at);
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
