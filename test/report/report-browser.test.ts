import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { writeReportHtml } from '../../src/report/html/write-report-html.js';
import type { Report } from '../../src/score/report.js';
import { hasPrograms, itWithPrograms } from '../helpers/external.js';
import { madeUpRespondents, reportFor, shippedRubric, teamReport } from './example-reports.js';

const it = itWithPrograms('chromium');

describe('the HTML report in headless Chromium', () => {
  let browser: Browser | undefined;
  let report: Report;
  const dir = mkdtempSync(join(tmpdir(), 'rubricate-report-'));
  const page = join(dir, 'report.html');

  beforeAll(async () => {
    report = await teamReport();
    writeFileSync(page, writeReportHtml(report));
    if (!hasPrograms('chromium')) return;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('makes no network request, logs no error, and shows the charts with the right number of bars', async () => {
    const tab = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const problems: string[] = [];
    tab.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    tab.on('pageerror', (error) => problems.push(error.message));
    await tab.goto(pathToFileURL(page).href);

    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    const charts = await tab.$$eval('svg.ingredient-chart', (svgs) =>
      svgs.map((svg) => ({
        mean: svg.querySelectorAll('.bar-mean').length,
        segments: svg.querySelectorAll('.bar-segment').length,
        width: svg.getBoundingClientRect().width,
      })),
    );
    expect(charts).toHaveLength(report.ingredients.length);
    report.ingredients.forEach((ingredient, i) => {
      const answered = ingredient.distribution.filter((d) => d.count > 0).length;
      expect(charts[i]).toMatchObject({ mean: 1, segments: answered + (ingredient.unanswered > 0 ? 1 : 0) });
      expect(charts[i]!.width).toBeGreaterThan(300);
    });
    expect(await tab.$$eval('svg.means-chart .bar-mean', (bars) => bars.length)).toBe(
      report.ingredients.length,
    );
    const plotted = report.items.filter((i) => i.answers.some((a) => a.value !== null)).length;
    expect(await tab.$$eval('#items svg.spread-plot', (svgs) => svgs.length)).toBe(plotted);
    expect(await tab.$$eval('ol.to-discuss svg.spread-plot', (svgs) => svgs.length)).toBe(
      report.team!.toDiscuss.length,
    );
    // The rendered mean bar of the weakest ingredient (2.00 on 1..4) spans a third of its track.
    const ratio = await tab.$eval('#ingredient-adequate-equitable-resources svg', (svg) => {
      const bar = svg.querySelector('.bar-mean')!.getBoundingClientRect();
      const track = svg.querySelector('.track')!.getBoundingClientRect();
      return bar.width / track.width;
    });
    expect(ratio).toBeCloseTo(1 / 3, 2);
    await tab.close();
  });

  it('fits a phone and a desktop without sideways scrolling', async () => {
    for (const width of [390, 1280]) {
      const tab = await browser!.newPage({ viewport: { width, height: 900 } });
      await tab.goto(pathToFileURL(page).href);
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${width}px wide`).toBeLessThanOrEqual(0);
      await tab.screenshot({ path: join(dir, `report-${width}.png`) });
      await tab.close();
    }
  });

  it('keeps the report of a team of twelve within the screen at phone and desktop widths', async () => {
    const rubric = await shippedRubric('2025-large-chart');
    const names = Array.from({ length: 12 }, (_, i) => `Member with a rather long name ${i + 1}`);
    const file = join(dir, 'twelve.html');
    writeFileSync(file, writeReportHtml(await reportFor(madeUpRespondents(rubric, names))));
    for (const width of [390, 1280]) {
      const tab = await browser!.newPage({ viewport: { width, height: 900 } });
      await tab.goto(pathToFileURL(file).href);
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${width}px wide`).toBeLessThanOrEqual(0);
      await tab.close();
    }
  });

  it('prints without the contents list, each main section on a new page', async () => {
    const tab = await browser!.newPage();
    await tab.goto(pathToFileURL(page).href);
    await tab.emulateMedia({ media: 'print' });
    expect(await tab.$eval('nav.toc', (nav) => getComputedStyle(nav).display)).toBe('none');
    expect(await tab.$eval('#team-title', (h) => getComputedStyle(h).breakBefore)).toBe('page');
    const pdf = await tab.pdf({ format: 'Letter' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await tab.close();
  });

  it('shows hostile names and evidence as text', async () => {
    const evil = `</td><script>document.title="owned"</script> & 'q' "dq"`;
    const rubric = await shippedRubric('2025-large-chart');
    const file = join(dir, 'evil.html');
    writeFileSync(file, writeReportHtml(await reportFor(madeUpRespondents(rubric, [evil, 'Ben'], evil))));
    const tab = await browser!.newPage();
    await tab.goto(pathToFileURL(file).href);
    expect(await tab.title()).not.toBe('owned');
    expect(await tab.$$eval('script', (s) => s.length)).toBe(0);
    expect(await tab.$eval('table.respondents tbody td', (td) => td.textContent)).toBe(evil);
    expect(await tab.$eval('ul.evidence li', (li) => li.textContent)).toBe(`${evil}: ${evil}`);
    await tab.close();
  });
});
