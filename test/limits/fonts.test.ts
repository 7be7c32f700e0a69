import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { decodePDFRawStream, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import { MAX_FONT_BYTES, readFontFile } from '../../src/writers/fonts/read-font-file.js';
import { subsetTrueType } from '../../src/writers/fonts/subset-truetype.js';
import { parseTrueType } from '../../src/writers/fonts/truetype-font.js';
import { hasStackTrace, runCli } from '../helpers/cli.js';
import { buildFont, composite, TRIANGLE } from './font-builder.js';

const dir = mkdtempSync(join(tmpdir(), 'rubricate-fonts-'));
const DEJAVU = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
  'DejaVuSans.ttf',
);
const BEI = 0x5317;
const JING = 0x4eac;
/** A short-loca font that draws 北 and 京 (as triangles). */
const chineseFont = () =>
  buildFont(
    [TRIANGLE, TRIANGLE, TRIANGLE],
    new Map([
      [BEI, 1],
      [JING, 2],
    ]),
  );

/** The TrueType files embedded in a PDF, parsed back. */
async function embeddedFonts(pdf: Uint8Array) {
  const document = await PDFDocument.load(pdf);
  const fonts = [];
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream && object.dict.has(PDFName.of('Length1')))
      fonts.push(parseTrueType(decodePDFRawStream(object).decode(), 'embedded'));
  }
  return fonts;
}

const glyphLength = (font: ReturnType<typeof parseTrueType>, glyph: number) =>
  font.glyphOffsets[glyph + 1]! - font.glyphOffsets[glyph]!;

describe('--font files are untrusted', () => {
  it('writes its own head into the subset of a short-loca font read as a Buffer, leaving the file alone', () => {
    const file = Buffer.from(chineseFont()); // what readFileSync gives
    const before = Buffer.from(file);
    const font = parseTrueType(file, 'test');
    const subset = parseTrueType(subsetTrueType(font, [1, 2], font.cmap), 'subset');
    expect(glyphLength(subset, 1)).toBeGreaterThan(0);
    expect(glyphLength(subset, 2)).toBeGreaterThan(0);
    expect(file.equals(before)).toBe(true);
  });

  it('draws 北京 with a short-loca --font: the embedded subset has the glyphs', async () => {
    const fontFile = join(dir, 'short-loca.ttf');
    writeFileSync(fontFile, chineseFont());
    const out = join(dir, 'beijing.pdf');
    const result = runCli(['render', '2020', '--set', 'facilitator=北京', '--font', fontFile, '-o', out]);
    expect(result.code, result.stderr).toBe(0);
    const mine = (await embeddedFonts(readFileSync(out))).find((f) => f.cmap.has(BEI));
    expect(mine).toBeDefined();
    expect(glyphLength(mine!, mine!.cmap.get(BEI)!)).toBeGreaterThan(0);
    expect(glyphLength(mine!, mine!.cmap.get(JING)!)).toBeGreaterThan(0);
  });

  it('refuses a truncated TrueType file with one line, at every cut', () => {
    const whole = readFileSync(DEJAVU);
    for (let cut = 0; cut < whole.length; cut += Math.floor(whole.length / 97)) {
      let font: ReturnType<typeof parseTrueType> | undefined;
      try {
        font = parseTrueType(whole.subarray(0, cut), 'cut');
      } catch (error) {
        expect(error, `cut at ${cut}`).toBeInstanceOf(UserError);
        expect((error as Error).message).toMatch(/^cannot use the font cut: [^\n]+$/);
      }
      if (font) subsetTrueType(font, [36, 37], font.cmap);
    }
    const truncated = join(dir, 'truncated.ttf');
    writeFileSync(truncated, whole.subarray(0, whole.length / 2));
    const result = runCli(['render', '2020', '--font', truncated, '-o', join(dir, 'truncated.pdf')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot use the font number 1 given with --font: .*truncated/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('refuses a font whose glyph 0 is a composite of itself, or whose composites form a cycle', () => {
    const subset = (glyphs: Uint8Array[]) => {
      const font = parseTrueType(buildFont(glyphs, new Map([[0x41, 1]]), true), 'cycle');
      return () => subsetTrueType(font, [1], font.cmap);
    };
    expect(subset([composite(0), TRIANGLE])).toThrow(/glyph 0 is made of itself/);
    expect(subset([TRIANGLE, composite(2), composite(3), composite(1)])).toThrow(/is made of itself/);
    // A glyph used twice is no cycle.
    const shared = subset([TRIANGLE, composite(2, 3), composite(3), TRIANGLE])();
    expect(parseTrueType(shared, 'subset').numGlyphs).toBe(4);
  });

  it('reads a cmap that maps every code point, refuses one that maps more (instead of 4 billion)', () => {
    /** A font with `groups` cmap groups, each widened to 0..0xFFFFFFFF. */
    const widened = (groups: number) => {
      const codes = [0x41, 0x42].slice(0, groups);
      const font = Buffer.from(buildFont([TRIANGLE, TRIANGLE], new Map(codes.map((c) => [c, 1]))));
      for (const code of codes) {
        const at = font.indexOf(Buffer.from([0, 0, 0, code, 0, 0, 0, code]));
        font.writeUInt32BE(0, at);
        font.writeUInt32BE(0xffffffff, at + 4);
      }
      return font;
    };
    expect(parseTrueType(widened(1), 'one').cmap.get(0)).toBe(1);
    expect(() => parseTrueType(widened(2), 'two')).toThrow(
      /cannot use the font two: .*its cmap maps more characters than Unicode has/,
    );
  });

  for (const [script, value, char] of [
    ['Arabic', 'مدرسة النور', 'U+0645'],
    ['Hebrew', 'בית ספר', 'U+05D1'],
  ] as const) {
    it(`refuses ${script} in a PDF, naming the value and the character; HTML takes it`, () => {
      const out = join(dir, `${script}.pdf`);
      const result = runCli(['render', '2020', '--set', `district=${value}`, '-o', out]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`cannot draw "${value}" in a PDF`);
      expect(result.stderr).toContain(`(${char}) is ${script}, written right to left`);
      expect(hasStackTrace(result.stderr)).toBe(false);
      const html = runCli([
        'render',
        '2020',
        '--set',
        `district=${value}`,
        '-o',
        join(dir, `${script}.html`),
      ]);
      expect(html.code, html.stderr).toBe(0);
    });
  }

  it(`reads a font file of ${MAX_FONT_BYTES} bytes, refuses one byte more from its size`, () => {
    const at = join(dir, 'at-limit.ttf');
    writeFileSync(at, '');
    truncateSync(at, MAX_FONT_BYTES);
    expect(readFontFile(at)).toHaveLength(MAX_FONT_BYTES);
    const over = join(dir, 'over-limit.ttf');
    writeFileSync(over, '');
    truncateSync(over, MAX_FONT_BYTES + 1);
    expect(() => readFontFile(over)).toThrow(/refused: the font .* is 67108865 bytes; the limit is 67108864/);
  });
});
