import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { subsetTrueType } from '../../src/writers/fonts/subset-truetype.js';
import { parseTrueType } from '../../src/writers/fonts/truetype-font.js';
import { ROOT } from '../helpers/cli.js';

const DEJAVU = join(ROOT, 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

describe('subsetTrueType on a font read into a Node Buffer (what --font gives)', () => {
  it('writes long loca offsets and one long metric per glyph into the subset, and leaves the font alone', () => {
    const file = readFileSync(DEJAVU); // a Buffer: its slice() is a view, not a copy
    const before = Buffer.from(file);
    const font = parseTrueType(file, 'DejaVuSans.ttf');
    const glyph = font.cmap.get(0x4a)!;
    const subset = parseTrueType(subsetTrueType(font, [glyph], new Map([[0x4a, glyph]])), 'subset');
    expect(file.equals(before)).toBe(true);
    const view = new DataView(subset.bytes.buffer, subset.bytes.byteOffset);
    expect(view.getInt16(subset.tables.get('head')![0] + 50)).toBe(1); // indexToLocFormat: long offsets
    expect(view.getUint16(subset.tables.get('hhea')![0] + 34)).toBe(font.numGlyphs);
    expect(subset.advances[glyph]).toBe(font.advances[glyph]);
  });
});
