import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, offeredKinds } from '../../src/document/build-document.js';
import { writeReportHtml } from '../../src/report/html/write-report-html.js';
import { shippedRubrics } from '../../src/rubric/registry.js';
import { htmlOf } from '../../src/writers/html/write-html.js';
import { shippedRubric, teamReport } from '../report/example-reports.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
// In CI the browser must be there (.ci/run installs Debian's chromium): a missing one fails, never skips.
const run = CHROMIUM || process.env.CI === 'true' ? describe : describe.skip;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WIDTHS = [1280, 390];

interface Violation {
  id: string;
  help: string;
  nodes: { html: string }[];
}

run('axe-core on every HTML worksheet kind and the HTML report, at 1280 and 390 px', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'rubricate-axe-'));
  const pages: { name: string; file: string }[] = [];

  beforeAll(async () => {
    expect(CHROMIUM, 'chromium is not installed (apt-get install chromium)').toBeDefined();
    for (const id of shippedRubrics().keys()) {
      const rubric = await shippedRubric(id);
      for (const kind of offeredKinds(rubric)) {
        const file = join(dir, `${id}-${kind}.html`);
        const values = { district: 'Peñasco ISD', school: 'Lincoln Elementary' };
        writeFileSync(file, htmlOf(buildDocument(rubric, { kind, values })));
        pages.push({ name: `${id} ${kind}`, file });
      }
    }
    const file = join(dir, 'team-report.html');
    writeFileSync(file, writeReportHtml(await teamReport()));
    pages.push({ name: 'team report', file });
    browser = await chromium.launch({
      executablePath: CHROMIUM!,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('finds no violations, and each page has a language, one h1 first and no skipped heading level', async () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const { name, file } of pages) {
      for (const width of WIDTHS) {
        // The pages forbid scripts from elsewhere (Content-Security-Policy); axe is the test's, not theirs.
        const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
        const tab = await context.newPage();
        await tab.goto(pathToFileURL(file).href);
        await tab.addScriptTag({ content: AXE });
        const violations = await tab.evaluate(async () => {
          const result = await (
            window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }
          ).axe.run();
          return result.violations as Violation[];
        });
        const summary = violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}; ${v.nodes[0]?.html}`);
        expect(summary, `${name} at ${width} px`).toEqual([]);
        const outline = await tab.evaluate(() => ({
          lang: document.documentElement.lang,
          levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])),
        }));
        expect(outline.lang, name).toMatch(/^en/);
        expect(outline.levels[0], `${name}: the first heading is an h1`).toBe(1);
        outline.levels.forEach((level, i) => {
          if (i > 0)
            expect(level, `${name}: heading ${i + 1}`).toBeLessThanOrEqual(outline.levels[i - 1]! + 1);
        });
        await context.close();
      }
    }
  }, 300_000);

  it('gives every chart of the report a text alternative', async () => {
    const tab = await browser.newPage();
    await tab.goto(pathToFileURL(pages.find((p) => p.name === 'team report')!.file).href);
    const charts = await tab.$$eval('svg', (svgs) =>
      svgs.map((svg) => ({
        role: svg.getAttribute('role'),
        name: svg.getAttribute('aria-label') ?? svg.querySelector('title')?.textContent ?? '',
        hidden: svg.getAttribute('aria-hidden') === 'true',
      })),
    );
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts.filter((c) => !c.hidden)) {
      expect(chart.role).toBe('img');
      expect(chart.name.trim()).not.toBe('');
    }
    await tab.close();
  });
});
