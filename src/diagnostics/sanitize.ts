const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Makes untrusted text safe to print on a terminal or in a one-line message: control, zero-width and
 * bidi characters become `\uXXXX` escapes (no terminal injection, no reordered text) and long text is cut
 * with a note of how much was left out.
 */
export function sanitizeForDisplay(text: string, maxLength = 120): string {
  const cut = text.length > maxLength ? text.slice(0, maxLength) : text;
  const escaped = cut
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text.length > maxLength ? `${escaped}… (${text.length - maxLength} more characters)` : escaped;
}

/** Like sanitizeForDisplay but keeps newlines and tabs, for multi-line text shown to a person. */
export function sanitizeMultiline(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
