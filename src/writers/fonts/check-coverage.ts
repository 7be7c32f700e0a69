import { UserError } from '../../diagnostics/diagnostic.js';
import type { TrueTypeFont } from './truetype-font.js';

/** Characters that are layout controls rather than glyphs; no font needs to draw them. */
export function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code < 0xa0) || code === 0x200b || code === 0xfeff;
}

/** The first font (in order) that has a glyph for the code point, if any. */
export function fontFor(code: number, fonts: readonly TrueTypeFont[]): TrueTypeFont | undefined {
  for (const font of fonts) if (font.cmap.has(code)) return font;
  return undefined;
}

/** The error for a character that no font covers; `context` is the text it was found in. */
export function uncoveredError(code: number, context: string): UserError {
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  const shown = context.length > 60 ? `${context.slice(0, 57)}…` : context;
  return new UserError(
    `no font covers the character "${String.fromCodePoint(code)}" (U+${hex}) in "${shown}"; pass a font that has it with --font FILE.ttf`,
  );
}

/** Throws a UserError for the first character of `text` that none of `fonts` can draw. */
export function assertCovered(text: string, fonts: readonly TrueTypeFont[]): void {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (!isControl(code) && !fontFor(code, fonts)) throw uncoveredError(code, text);
  }
}
