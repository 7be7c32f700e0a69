/**
 * How many values a piece holds, about: small enough that a piece of answers stays one-byte text when only
 * the rubric's item texts need two bytes a character, large enough that JSON.stringify does the work.
 */
const PIECE_WEIGHT = 4096;

/**
 * `JSON.stringify(value, null, 2)` as pieces whose concatenation is exactly that text. Large reports (10,000
 * respondents: 88 MB) were one string of two-byte characters, copied again to escape controls and again
 * to encode: each piece here is escaped and encoded on its own, and most of them stay one-byte. Objects
 * and arrays too heavy for one piece are split member by member; everything else, and each run of array
 * elements, is written by JSON.stringify itself. A `toJSON` method is called with the index within its
 * run rather than its key (Date's ignores the key; reports are plain data).
 */
export function jsonPieces(value: unknown, pieceWeight = PIECE_WEIGHT): string[] {
  const pieces: string[] = [];
  piecesOf(value, 0, pieces, pieceWeight);
  return pieces;
}

function piecesOf(value: unknown, depth: number, pieces: string[], limit: number): void {
  if (!splittable(value) || weight(value) <= limit) pieces.push(atDepth(value, depth));
  else if (Array.isArray(value)) arrayPieces(value, depth, pieces, limit);
  else objectPieces(value as Record<string, unknown>, depth, pieces, limit);
}

function arrayPieces(array: unknown[], depth: number, pieces: string[], limit: number): void {
  let from = 0;
  let load = 0;
  let first = true;
  // A run of elements written as one array, less its brackets: "\n  <a>,\n  <b>".
  const flush = (to: number) => {
    if (to === from) return;
    const run = atDepth(array.slice(from, to), depth);
    pieces.push(first ? '' : ',', run.slice(1, run.length - 2 * depth - 2));
    first = false;
    from = to;
    load = 0;
  };
  pieces.push('[');
  for (let i = 0; i < array.length; i++) {
    const element = array[i];
    const w = weight(element);
    if (w > limit && splittable(element)) {
      flush(i);
      pieces.push(`${first ? '\n' : ',\n'}${indent(depth + 1)}`);
      piecesOf(element, depth + 1, pieces, limit);
      first = false;
      from = i + 1;
      continue;
    }
    if (load + w > limit) flush(i);
    load += w;
  }
  flush(array.length);
  pieces.push(first ? ']' : `\n${indent(depth)}]`);
}

function objectPieces(object: Record<string, unknown>, depth: number, pieces: string[], limit: number): void {
  let first = true;
  pieces.push('{');
  for (const key of Object.keys(object)) {
    const member = object[key];
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    pieces.push(`${first ? '\n' : ',\n'}${indent(depth + 1)}${JSON.stringify(key)}: `);
    first = false;
    piecesOf(member, depth + 1, pieces, limit);
  }
  pieces.push(first ? '}' : `\n${indent(depth)}}`);
}

/** The value's JSON as it is written `depth` levels down: stringified inside that many arrays, then unwrapped. */
function atDepth(value: unknown, depth: number): string {
  let wrapped = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  if (depth === 0) return text;
  return text.slice(2 * depth + depth * (depth + 1), text.length - 2 * depth - depth * (depth - 1));
}

/** Arrays and plain objects without toJSON: what can be written member by member. */
function splittable(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** About how many values are inside: an array counts as its length times its first element. */
function weight(value: unknown): number {
  if (value === null || typeof value !== 'object') return 1;
  if (Array.isArray(value)) return value.length === 0 ? 1 : 1 + value.length * weight(value[0]);
  let total = 1;
  for (const key in value) total += weight((value as Record<string, unknown>)[key]);
  return total;
}

function indent(depth: number): string {
  return '  '.repeat(depth);
}
