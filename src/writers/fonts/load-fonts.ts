import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseTrueType, type TrueTypeFont } from './truetype-font.js';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'bold-italic';

/** The bundled faces (DejaVu Sans) plus extra fonts tried, in order, for characters DejaVu lacks. */
export interface FontSet {
  /** The bundled face for a style, parsed on first use. */
  face(style: FontStyle): TrueTypeFont;
  fallbacks: TrueTypeFont[];
}

const FILES: Record<FontStyle, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  'bold-italic': 'DejaVuSans-BoldOblique.ttf',
};

const bundled = new Map<FontStyle, TrueTypeFont>();
const extra = new WeakMap<Uint8Array, TrueTypeFont>();

/** Loads (once per process) the bundled faces and parses the extra font files. */
export function loadFonts(extraFonts: readonly Uint8Array[] = []): FontSet {
  const fallbacks = extraFonts.map((bytes, i) => {
    let font = extra.get(bytes);
    if (!font) {
      font = parseTrueType(bytes, `number ${i + 1} given with --font`);
      extra.set(bytes, font);
    }
    return font;
  });
  return { face: bundledFace, fallbacks };
}

function bundledFace(style: FontStyle): TrueTypeFont {
  let font = bundled.get(style);
  if (!font) {
    const file = join(fontDirectory(), FILES[style]);
    font = parseTrueType(new Uint8Array(readFileSync(file)), FILES[style]);
    bundled.set(style, font);
  }
  return font;
}

let directory: string | undefined;
function fontDirectory(): string {
  directory ??= join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return directory;
}
