import { fontFor, isControl, uncoveredError } from './check-coverage.js';
import type { FontSet, FontStyle } from './load-fonts.js';
import { rightToLeftError, rightToLeftScript } from './right-to-left.js';
import type { TrueTypeFont } from './truetype-font.js';

/** A stretch of text drawn with one font. */
export interface TextSpan {
  font: TrueTypeFont;
  text: string;
}

/** The fonts tried for a style, in order: the styled face, the regular face, then the extra fonts. */
export function fontChain(fonts: FontSet, style: FontStyle): TrueTypeFont[] {
  const chain = [fonts.face(style)];
  if (style !== 'regular') chain.push(fonts.face('regular'));
  return [...chain, ...fonts.fallbacks];
}

/**
 * Splits text into spans by the first font of `chain` that covers each character; control characters are
 * dropped. Throws the user-facing "no font covers" error, quoting `context`, and refuses right-to-left
 * scripts (Arabic, Hebrew …), which would come out left to right with unjoined letters.
 */
export function segmentText(text: string, chain: readonly TrueTypeFont[], context = text): TextSpan[] {
  const spans: TextSpan[] = [];
  let last: TextSpan | undefined;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (isControl(code)) continue;
    const script = rightToLeftScript(code);
    if (script) throw rightToLeftError(code, script, context);
    const font = chain[0]!.cmap.has(code) ? chain[0]! : fontFor(code, chain);
    if (!font) throw uncoveredError(code, context);
    if (last && last.font === font) last.text += char;
    else {
      last = { font, text: char };
      spans.push(last);
    }
  }
  return spans;
}

/** Width of spans at a font size, in points. */
export function spansWidth(spans: readonly TextSpan[], size: number): number {
  let width = 0;
  for (const span of spans) {
    const { font } = span;
    let units = 0;
    for (const char of span.text) units += font.advances[font.cmap.get(char.codePointAt(0)!) ?? 0]!;
    width += (units * size) / font.unitsPerEm;
  }
  return width;
}
