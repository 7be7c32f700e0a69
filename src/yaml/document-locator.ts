import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { YamlLocator, YamlPath } from './yaml-locator.js';

type Node = { range?: [number, number, number] | null };

/**
 * The locator of a document read by the yaml library. Each mapping's keys are indexed the first time a
 * path goes through it, so positioning many diagnostics in a large mapping stays linear.
 */
export function documentLocator(doc: Document.Parsed, lineCounter: LineCounter): YamlLocator {
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string): Pair | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        if (isPair(pair) && isScalar(pair.key) && !index.has(String(pair.key.value)))
          index.set(String(pair.key.value), pair);
      }
      indexes.set(map, index);
    }
    return index.get(key);
  };
  const find = (path: YamlPath, key: boolean): { node?: unknown; offset: number } => {
    let node: unknown = doc.contents;
    let offset = (node as Node | null)?.range?.[0] ?? 0;
    for (let i = 0; i < path.length; i++) {
      if (isAlias(node)) node = node.resolve(doc);
      let next: unknown;
      let keyNode: Node | undefined;
      if (isMap(node)) {
        const pair = pairOf(node, String(path[i]));
        next = pair?.value;
        keyNode = pair?.key as Node | undefined;
      } else if (isSeq(node)) {
        next = node.items[Number(path[i])];
      }
      if (i === path.length - 1 && key && keyNode?.range) return { offset: keyNode.range[0] };
      const range = (next as Node | undefined)?.range ?? keyNode?.range;
      if (!range) return { offset };
      offset = range[0];
      node = next;
    }
    return { node, offset };
  };
  return {
    offsetOf: (path, key = false) => find(path, key).offset,
    rangeOf: (path) => {
      const range = (find(path, false).node as Node | undefined)?.range;
      return range ? [range[0], range[1]] : undefined;
    },
    linePos: (offset) => {
      const p = lineCounter.linePos(offset);
      return { line: p.line, column: p.col };
    },
  };
}
