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
  if (text.startsWith('"')) return doubleQuoted(text);
  if (text.startsWith("'")) return singleQuoted(text);
  if (NULL.test(text)) return null;
  if (BOOLEAN.test(text)) return text.toLowerCase() === 'true';
  if (SMALL_INT.test(text)) return Number(text);
  if (NUMBER_LIKE.test(text) || INDICATOR.test(text)) return NOT_PLAIN;
  if (text.includes(': ') || text.endsWith(':')) return NOT_PLAIN;
  return text;
}

/** JSON's escapes mean the same in YAML's double-quoted style; anything JSON refuses goes to the library. */
function doubleQuoted(text: string): string | typeof NOT_PLAIN {
  if (text.length < 2 || !text.endsWith('"') || /\\u[dD][89a-fA-F]/.test(text)) return NOT_PLAIN;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? value : NOT_PLAIN;
  } catch {
    return NOT_PLAIN;
  }
}

function singleQuoted(text: string): string | typeof NOT_PLAIN {
  const inner = text.slice(1, -1);
  if (text.length < 2 || !text.endsWith("'") || inner.replace(/''/g, '').includes("'")) return NOT_PLAIN;
  return inner.replace(/''/g, "'");
}
