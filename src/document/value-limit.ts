/**
 * The longest template value accepted from --set, --data or a CSV cell, in characters (UTF-16 code units).
 * A district, school, team or facilitator name is a few dozen characters and a note a paragraph; 2,000
 * leaves room for both while keeping each value's cost small and fixed: a value is drawn in headers on
 * every page, can end up in a file name, and a 25 MB value once cost 6.7 GB and 62 s to render.
 */
export const MAX_VALUE_LENGTH = 2_000;

/** The reason a value is refused, or undefined when it is within the limit. */
export function valueTooLong(value: string): string | undefined {
  if (value.length <= MAX_VALUE_LENGTH) return undefined;
  return `is ${value.length.toLocaleString('en-US')} characters long; a template value may have at most ${MAX_VALUE_LENGTH.toLocaleString('en-US')} (limits: docs/limits.md)`;
}
