import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fromRoot } from '../../src/paths.js';
import { parseTrueType } from '../../src/writers/fonts/truetype-font.js';
import type { CorpusCase, CorpusCommand, Expectation, Verdict } from './corpus-case.js';

const require = createRequire(import.meta.url);
const FONT = () => readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuMathTeXGyre.ttf'));
const TEMPLATE = () => readFileSync(fromRoot('templates', 'self-assessment.hbs'), 'utf8');

function input(
  command: CorpusCommand,
  ext: string,
  id: string,
  verdict: Verdict,
  what: string,
  expect: Expectation,
  build: () => Uint8Array | string,
  more: Partial<CorpusCase> = {},
): CorpusCase {
  const prefix =
    { batch: 'csv', data: 'values', font: 'font', template: 'template' }[command as string] ?? command;
  return {
    id: `${prefix}/${id}`,
    ext,
    command,
    verdict,
    what,
    expect,
    build: () => {
      const made = build();
      return typeof made === 'string' ? Buffer.from(made, 'utf8') : made;
    },
    ...more,
  };
}

const csv = (
  id: string,
  v: Verdict,
  what: string,
  e: Expectation,
  b: () => Uint8Array | string,
  m: Partial<CorpusCase> = {},
) => input('batch', '.csv', id, v, what, e, b, m);
const values = (
  id: string,
  v: Verdict,
  what: string,
  e: Expectation,
  b: () => Uint8Array | string,
  m: Partial<CorpusCase> = {},
) => input('data', '.yaml', id, v, what, e, b, m);
const font = (
  id: string,
  v: Verdict,
  what: string,
  e: Expectation,
  b: () => Uint8Array | string,
  m: Partial<CorpusCase> = {},
) => input('font', '.ttf', id, v, what, e, b, m);
const template = (
  id: string,
  v: Verdict,
  what: string,
  e: Expectation,
  b: () => Uint8Array | string,
  m: Partial<CorpusCase> = {},
) => input('template', '.hbs', id, v, what, e, b, m);

/**
 * DejaVu Math TeX Gyre whose glyph for 𝐀 is a composite of glyph 0, and glyph 0 (.notdef) a composite of
 * itself: a subsetter that follows components without a guard never ends.
 */
function selfCompositeFont(): Buffer {
  const bytes = Buffer.from(FONT());
  const font = parseTrueType(bytes, 'corpus');
  const [glyf] = font.tables.get('glyf')!;
  const offsetOf = (g: number) => font.glyphOffsets[g]!;
  for (const glyph of [0, font.cmap.get(0x1d400)!]) {
    const at = glyf + offsetOf(glyph);
    if (offsetOf(glyph + 1) - offsetOf(glyph) < 16) throw new Error('corpus: glyph too short to patch');
    bytes.writeInt16BE(-1, at); // numberOfContours -1: a composite glyph
    bytes.writeUInt16BE(0x0002, at + 10); // flags: ARGS_ARE_XY_VALUES, byte arguments, no more components
    bytes.writeUInt16BE(0, at + 12); // the component: glyph 0
    bytes.writeUInt16BE(0, at + 14); // arguments 0, 0
  }
  return bytes;
}

export const RENDER_CASES: CorpusCase[] = [
  csv(
    'valid',
    'accept',
    'A batch CSV with a BOM, CRLF line ends and quoted fields holding commas and quotes',
    {},
    () => '\ufeffdistrict,school\r\n"Riverside, Unified","North ""High"""\r\nPeñasco ISD,Elementary\r\n',
  ),
  csv(
    'no-header',
    'reject',
    'A first row of values, not column names',
    { message: ':1:' },
    () => 'Riverside Unified,North High\nA,B\n',
  ),
  csv(
    'duplicate-header',
    'reject',
    'The column district twice in the header',
    { message: 'appears twice' },
    () => 'district,district\nA,B\n',
  ),
  csv(
    'invalid-utf8',
    'reject',
    'A value in Windows-1252 (byte E9), not UTF-8',
    { message: 'not UTF-8' },
    () => Buffer.concat([Buffer.from('district,school\nPe'), Buffer.from([0xe9]), Buffer.from('asco,B\n')]),
  ),
  csv(
    'unclosed-quote',
    'reject',
    'A quoted value opened on line 2 and never closed',
    { message: 'line 2' },
    () => 'district,school\n"Riverside,North\n',
  ),
  csv(
    'ragged-row',
    'reject',
    'A row of three values under two columns',
    { message: 'line 2' },
    () => 'district,school\nA,B,C\n',
  ),
  csv(
    'header-only',
    'reject',
    'A header and no data rows',
    { message: 'no data rows' },
    () => 'district,school\n',
  ),
  csv(
    'long-value-25mb',
    'refuse',
    'Two rows and one unused column holding 25 MB: the row is over the 1 MiB row limit',
    { message: 'a row longer than 1,048,576 bytes', line: 2 },
    () => `district,notes\nA,${'x'.repeat(25_000_000)}\nB,short\n`,
  ),
  csv(
    'rows-50mb',
    'reject',
    'A 50 MB CSV of 165,000 rows of one 300-character district: names clash, refused at the 10th clash',
    { message: 'nothing was written' },
    () => `district,school\n${`${'d'.repeat(300)},s\n`.repeat(165_000)}`,
  ),
  values(
    'valid',
    'accept',
    'Template values: district, school and date',
    {},
    () => 'district: Riverside Unified\nschool: North High\ndate: "2026-03-01"\n',
  ),
  values(
    'list-value',
    'reject',
    'district: a list instead of text',
    { message: 'must be text' },
    () => 'district: [a, b]\n',
  ),
  values(
    'duplicate-key',
    'reject',
    'district twice',
    { code: 'yaml/duplicate-key', line: 2, column: 1 },
    () => 'district: A\ndistrict: B\n',
  ),
  values(
    'tag',
    'reject',
    'A `!!js/function` value',
    { code: 'yaml/unknown-tag', line: 1 },
    () => "district: !!js/function 'function () {}'\n",
  ),
  values(
    'nul-escape',
    'reject',
    'A district with an escaped NUL (`"a\\0b"`): refused naming the value',
    { message: 'district: the value has the character U+0000 at character 2' },
    () => 'district: "a\\0b"\n',
  ),
  values(
    'long-value-7mb',
    'refuse',
    'A 7 MB district (under the YAML size limit), over the 2,000-character value limit',
    { message: 'the value of "district" is 7,000,000 characters long' },
    () => `district: ${'x'.repeat(7_000_000)}\n`,
  ),
  font(
    'valid',
    'accept',
    'DejaVu Math TeX Gyre, which covers 𝐀 (U+1D400), a character the bundled font lacks',
    {},
    () => FONT(),
  ),
  font('not-a-font', 'reject', 'A text file named .ttf', { message: 'font' }, () => 'this is not a font\n'),
  font('empty', 'reject', 'Zero bytes', { message: 'too short to be a font' }, () => new Uint8Array()),
  font(
    'truncated',
    'reject',
    'The first 1,000 bytes of DejaVu Math TeX Gyre: the table directory points past the end',
    { message: 'font' },
    () => FONT().subarray(0, 1000),
  ),
  font(
    'composite-self-loop',
    'reject',
    'DejaVu Math TeX Gyre whose glyphs for 𝐀 and .notdef are composites of glyph 0 (a loop): a damaged font, in one line',
    { message: 'is made of itself (a cycle of composite glyphs)' },
    selfCompositeFont,
  ),
  template('valid-copy', 'accept', 'A copy of the shipped self-assessment template', {}, TEMPLATE),
  template(
    'unclosed-block',
    'reject',
    '`{{#each sections}}` never closed',
    // The line after the shipped template's last one and the blank line added here.
    { message: `Parse error on line ${TEMPLATE().split('\n').length + 2}`, excerpt: 4 },
    () => `${TEMPLATE()}\n{{#each sections}}\n`,
  ),
  template(
    'unknown-helper',
    'reject',
    'A call of a helper that does not exist',
    { message: 'template' },
    () => TEMPLATE().replace('{{', '{{nosuchhelper "x"}}{{'),
  ),
  template(
    'prototype-access',
    'reject',
    '`{{constructor.constructor}}` and `{{lookup this "__proto__"}}`: inert, refused as an unknown variable (strict mode)',
    { message: 'unknown variable constructor.constructor' },
    () => TEMPLATE().replace('{{', '{{constructor.constructor}}{{lookup this "__proto__"}}{{'),
  ),
  template(
    'section-dunder-attribute',
    'reject',
    '`<section __header="oops">` in the markup, and no `<header>` element to replace it',
    { message: 'unknown attribute __header on <section>' },
    () =>
      TEMPLATE()
        .replace(/^<section /m, '<section __header="oops" ')
        .replace(/^ {2}<header .*\n/m, ''),
  ),
  template('not-utf8', 'reject', 'A template with invalid UTF-8 bytes', { message: 'template' }, () =>
    Buffer.concat([Buffer.from(TEMPLATE()), Buffer.from([0xff, 0xfe])]),
  ),
];
