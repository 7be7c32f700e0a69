import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../helpers/cli.js';
import { itWithPrograms } from '../helpers/external.js';
import { pdfText, squash } from './expected.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-render-values-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const VALUES = {
  district: 'Nguyễn Thị Hương',
  school: 'Peñasco ISD',
  team: 'Ομάδα Αθηνών',
  facilitator: 'Иван Петров',
};
const sets = (values: Record<string, string>) =>
  Object.entries(values).flatMap(([key, value]) => ['--set', `${key}=${value}`]);

const CHINESE = '北京市第一中学';

/** A TrueType font (.ttf) that covers Chinese, from fontconfig; undefined when none is installed. */
function cjkFont(): string | undefined {
  const listed = spawnSync('fc-list', [':lang=zh', 'file'], { encoding: 'utf8' });
  if (listed.status !== 0) return undefined;
  return listed.stdout
    .split('\n')
    .map((line) => line.replace(/:\s*$/, '').trim())
    .filter((file) => /\.ttf$/i.test(file))
    .sort()[0];
}

/** Runs when a CJK TrueType font is installed; skipped without one, except in CI, where it fails. */
function itWithCjkFont(name: string, test: (font: string) => Promise<void>): void {
  const font = cjkFont();
  if (font) it(name, () => test(font), 60_000);
  else if (process.env.CI === 'true')
    it(name, () => {
      throw new Error('a CJK TrueType font (fonts-droid-fallback) is required in CI but not installed');
    });
  else it.skip(name, () => {});
}

describe('render --set with non-Latin values', () => {
  itWithPrograms('pdftotext')(
    'prints Vietnamese, Spanish, Greek and Cyrillic values in the PDF text of every kind',
    () => {
      for (const [rubric, kind] of [
        ['2020', 'self-assessment'],
        ['2021', 'action-plan'],
        ['2025', 'large-chart'],
      ] as const) {
        const out = join(DIR, `${rubric}-${kind}.pdf`);
        const result = runCli(['render', rubric, '--kind', kind, ...sets(VALUES), '-o', out]);
        expect(result.code, result.stderr).toBe(0);
        const text = squash(pdfText(out));
        // District and school are on every kind (fields, or the chart's heading line).
        for (const value of [VALUES.district, VALUES.school]) expect(text, kind).toContain(squash(value));
        if (kind !== 'large-chart') expect(text).toContain(squash(VALUES.team));
        if (kind === 'self-assessment') expect(text).toContain(squash(VALUES.facilitator));
      }
    },
  );

  it('refuses a Chinese value with a clear error naming the character, and writes nothing', () => {
    const out = join(DIR, 'chinese.pdf');
    const result = runCli(['render', '2020', '--set', `district=${CHINESE}`, '-o', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no font covers the character "北" \(U\+5317\)/);
    expect(result.stderr).toMatch(/--font FILE\.ttf/);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(DIR).filter((n) => n.includes('chinese'))).toEqual([]);
  });

  itWithCjkFont('renders the Chinese value with --font pointing at a CJK TrueType font', async (font) => {
    const out = join(DIR, 'chinese-font.pdf');
    const result = runCli([
      'render',
      '2020',
      '--set',
      `district=${CHINESE}`,
      '--set',
      `facilitator=${CHINESE} 王芳`,
      '--font',
      font,
      '-o',
      out,
    ]);
    expect(result.code, result.stderr).toBe(0);
    // The facilitator is printed as page text; the district is the pre-filled value of its field.
    expect(squash(pdfText(out))).toContain(squash(`${CHINESE} 王芳`));
    const form = (await PDFDocument.load(readFileSync(out))).getForm();
    expect(form.getTextField('context.district').getText()).toBe(CHINESE);
  });
});
