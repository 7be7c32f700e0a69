import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { readHtmlForm } from '../../src/extract/read-html-form.js';
import { runCli } from '../helpers/cli.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const DIR = mkdtempSync(join(tmpdir(), 'rubricate-html-rt-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('HTML worksheets saved from a browser', () => {
  // Chromium must be there in CI (a missing one fails there); elsewhere the test is skipped without it.
  const withBrowser = CHROMIUM || process.env.CI === 'true' ? it : it.skip;

  withBrowser(
    'reads the answers a browser typed, after "save page" (DOM with mirrored attributes)',
    async () => {
      expect(CHROMIUM, 'chromium is not installed').toBeDefined();
      const page = join(DIR, 'worksheet.html');
      expect(runCli(['render', '2025', '--kind', 'self-assessment', '-o', page]).code).toBe(0);
      const browser = await chromium.launch({
        executablePath: CHROMIUM!,
        args: ['--no-sandbox', '--disable-gpu'],
      });
      try {
        const tab = await browser.newPage();
        await tab.goto(pathToFileURL(page).href);
        await tab.check('input[name="capacity-building.1.rating"][value="strength"]');
        await tab.check('input[name="capacity-building.2.rating"][value="dont-know"]');
        await tab.fill('textarea[name="capacity-building.1.evidence"]', 'Café minutes <b>&</b>\nsecond line');
        await tab.fill('input[name="respondent.name"]', 'Zoë "Z" Ñandú');
        await tab.fill('input[name="context.date"]', '2026-03-15');
        writeFileSync(join(DIR, 'saved.html'), await tab.content());
      } finally {
        await browser.close();
      }
      const { responses } = await extract(join(DIR, 'saved.html'));
      expect(responses.source?.method).toBe('html');
      expect(responses.respondent).toEqual({ name: 'Zoë "Z" Ñandú', role: null });
      expect(responses.context?.date).toBe('2026-03-15');
      expect(responses.items['capacity-building.1']).toEqual({
        rating: 'strength',
        evidence: 'Café minutes <b>&</b>\nsecond line',
      });
      expect(responses.items['capacity-building.2']).toEqual({ rating: 'dont-know', evidence: null });
      expect(responses.items['capacity-building.3']).toEqual({ rating: null, evidence: null });
    },
  );

  it('never looks inside scripts or comments, and rejects a name used by two text inputs', () => {
    const html = `<!doctype html><meta name="rubricate.rubric-id" content="x">
      <script>document.write('<input name="a" value="evil">')</script><!-- <input name="a" value="evil2"> -->
      <input name="a" value="&lt;ok&gt; &#x263A;"><textarea name="b">
line &amp; more</textarea><input type="radio" name="r" value="1"><input type="radio" name="r" value="2" checked>`;
    const form = readHtmlForm('t.html', new TextEncoder().encode(html));
    expect(form.metadata.get('rubricate.rubric-id')).toBe('x');
    expect(Object.fromEntries(form.fields)).toEqual({
      a: { kind: 'text', value: '<ok> ☺' },
      b: { kind: 'text', value: 'line & more' },
      r: { kind: 'choice', selected: ['2'], options: ['1', '2'] },
    });
    const twice = '<input name="a" value="1"><input name="a" value="2">';
    expect(() => readHtmlForm('t.html', new TextEncoder().encode(twice))).toThrow(/ambiguous field "a"/);
  });
});
