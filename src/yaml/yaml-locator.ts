/** A path into a parsed YAML document: mapping keys and sequence indices. */
export type YamlPath = readonly (string | number)[];

/**
 * Where the nodes of a parsed YAML file stand in its text, which is what positions a diagnostic. Both YAML
 * readers (the plain reader and the yaml library) give one.
 */
export interface YamlLocator {
  /** Offset of the node at `path` (with `key`, of its key), or of the nearest enclosing node that exists. */
  offsetOf(path: YamlPath, key?: boolean): number;
  /** Start and end offsets of the text of the node at `path`, when there is one. */
  rangeOf(path: YamlPath): readonly [number, number] | undefined;
  /** 1-based line and column of an offset. */
  linePos(offset: number): { line: number; column: number };
}

/** Line and column of an offset, from the sorted offsets at which lines start (binary search). */
export function lineColumn(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}
