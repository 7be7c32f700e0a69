/**
 * Control characters other than tab and line breaks (ESC, BEL, NUL, …, DEL and the C1 range) and the bidi
 * embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069). From an answer, they could
 * clear a terminal that shows the file, or reorder what a reader sees.
 */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const ANY_UNSAFE = new RegExp(UNSAFE.source);

/**
 * Writes each unsafe character as the six visible characters `\uXXXX`. In CSV, HTML and Markdown that is
 * plain text a reader can see; inside a JSON or JavaScript string it is the escape of the same character,
 * so the data is unchanged. Letters, marks, emoji joiners and right-to-left text are left alone.
 */
export function neutralizeControls(text: string): string {
  // On an 88 MB report a replace that finds nothing took 3–5 times as long as this test.
  if (!ANY_UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
