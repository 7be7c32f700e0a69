/** What a scalar of the plain reader is: null, text, a small whole number or a boolean. */
export type PlainValue = string | number | boolean | null;

/** Marks a scalar the plain reader leaves to the yaml library. */
export const NOT_PLAIN = Symbol('not plain');

const NULL = /^(?:~|null|Null|NULL)$/;
const BOOLEAN = /^(?:true|True|TRUE|false|False|FALSE)$/;
/** Whole numbers Number() reads exactly as the yaml library's parseInt does. */
const SMALL_INT = /^[-+]?[0-9]{1,15}$/;
/** Anything else YAML 1.2's core schema reads as a number (its int, hex, octal, float, inf and nan forms). */
const NUMBER_LIKE =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** Indicators that may not start a plain scalar (or change what it means). */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Characters that are not printable in YAML, or that readers disagree on (line and paragraph separators, BOM). */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;

/**
 * One single-line scalar as YAML 1.2's core schema reads it in block context, or NOT_PLAIN for anything the
 * plain reader does not read exactly as the yaml library would (comments after values, numbers other than
 * small integers, anchors, tags, flow collections, block scalars, escapes JSON does not share…).
 */
export function plainScalar(text: string): PlainValue | typeof NOT_PLAIN {
  if (text.includes(' #') || UNPRINTABLE.test(text)) return NOT_PLAIN;
  const first = text.charCodeAt(0);
  if (first === 34) return doubleQuoted(text);
  if (first === 39) return singleQuoted(text);
  // Most values are words: only these first letters can make null or a boolean.
  if (!isLetter(first) || WORD_VALUE_START.includes(text[0]!)) {
    if (NULL.test(text)) return null;
    if (BOOLEAN.test(text)) return text.toLowerCase() === 'true';
    if (SMALL_INT.test(text)) return Number(text);
    if (NUMBER_LIKE.test(text) || INDICATOR.test(text)) return NOT_PLAIN;
  }
  if (text.includes(': ') || text.endsWith(':')) return NOT_PLAIN;
  return text;
}

const WORD_VALUE_START = 'nNtTfF';

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** JSON's escapes mean the same in YAML's double-quoted style; anything JSON refuses goes to the library. */
function doubleQuoted(text: string): string | typeof NOT_PLAIN {
  if (text.length < 2 || !text.endsWith('"')) return NOT_PLAIN;
  const inner = text.slice(1, -1);
  // Without a backslash or another quote, the text between the quotes is the value (controls are refused above).
  if (!inner.includes('\\') && !inner.includes('"')) return inner;
  if (/\\u[dD][89a-fA-F]/.test(text)) return NOT_PLAIN;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? value : NOT_PLAIN;
  } catch {
    return NOT_PLAIN;
  }
}

/**
 * The offset just after a plain key (a letter, then letters, digits, `.`, `_` or `-`) that starts at `at`
 * and is followed by a colon, or -1: the regex /[A-Za-z][A-Za-z0-9._-]*(?=:)/y by hand, which matters at
 * a million keys.
 */
export function plainKeyEnd(text: string, at: number): number {
  if (!isLetter(text.charCodeAt(at))) return -1;
  let end = at + 1;
  for (;;) {
    const c = text.charCodeAt(end);
    if (isLetter(c) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 45) end++;
    else return c === 58 ? end : -1;
  }
}

function singleQuoted(text: string): string | typeof NOT_PLAIN {
  const inner = text.slice(1, -1);
  if (text.length < 2 || !text.endsWith("'") || inner.replace(/''/g, '').includes("'")) return NOT_PLAIN;
  return inner.replace(/''/g, "'");
}
