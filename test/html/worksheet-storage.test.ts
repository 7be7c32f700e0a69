import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium } from '../helpers/chromium.js';
import { runCli } from '../helpers/cli.js';

// In CI the browser must be there (.ci/run installs Debian's chromium): a missing one fails, never skips.
const run = CHROMIUM || process.env.CI === 'true' ? describe : describe.skip;

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-html-storage-'));

function renderHtml(name: string, args: string[]): string {
  const file = join(DIR, name);
  const result = runCli(['render', ...args, '--format', 'html', '-o', file]);
  expect(result.code, result.stderr).toBe(0);
  return pathToFileURL(file).href;
}

/** Inputs a person types into (not the scale's radio buttons) whose label cannot be seen on the page. */
function unlabelled(tab: Page): Promise<string[]> {
  return tab.$$eval('input[type=text], input[type=date], textarea', (inputs) => {
    const seen = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden';
    };
    return inputs
      .filter((input) => {
        const labels = [...((input as HTMLInputElement).labels ?? [])];
        if (labels.some(seen)) return false;
        const text = labels[0]?.textContent?.trim();
        const cells = [...(input.closest('tr')?.children ?? [])];
        return !cells.some((cell) => cell.textContent?.trim() === text && seen(cell));
      })
      .map((input) => (input as HTMLInputElement).name);
  });
}

run('HTML worksheets in headless Chromium: storage per document, phones', () => {
  let browser: Browser;

  beforeAll(async () => {
    expect(CHROMIUM, 'chromium is not installed (apt-get install chromium)').toBeDefined();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(DIR, { recursive: true, force: true });
  });

  it('two districts’ worksheets opened in one browser never show each other’s answers', async () => {
    const one = renderHtml('one.html', ['2025', '--set', 'district=District One']);
    const two = renderHtml('two.html', ['2025', '--set', 'district=District Two']);
    const context = await browser.newContext();
    const tab = await context.newPage();

    await tab.goto(one);
    expect(await tab.textContent('#save-status')).toBe('');
    await tab.check('input[name="capacity-building.1.rating"][value="urgent-gap"]');
    await tab.fill('input[name="respondent.name"]', 'Ana Ortiz');

    await tab.goto(two);
    expect(await tab.inputValue('input[name="context.district"]')).toBe('District Two');
    expect(await tab.inputValue('input[name="respondent.name"]')).toBe('');
    expect(await tab.$$('input[type=radio]:checked')).toHaveLength(0);
    expect(await tab.textContent('#save-status')).toBe('');
    await tab.fill('input[name="respondent.name"]', 'Bo Li');

    await tab.goto(one);
    expect(await tab.inputValue('input[name="context.district"]')).toBe('District One');
    expect(await tab.inputValue('input[name="respondent.name"]')).toBe('Ana Ortiz');
    expect(await tab.isChecked('input[name="capacity-building.1.rating"][value="urgent-gap"]')).toBe(true);
    expect(await tab.textContent('#save-status')).toMatch(/^Restored the answers kept in this browser/);

    await tab.goto(two);
    expect(await tab.inputValue('input[name="respondent.name"]')).toBe('Bo Li');
    expect(await tab.$$('input[type=radio]:checked')).toHaveLength(0);
    await context.close();
  });

  it('at 390 px every field has a visible label, and the wall chart keeps its scale columns', async () => {
    const pages = {
      selfAssessment: renderHtml('sa.html', ['2025', '--kind', 'self-assessment']),
      actionPlan: renderHtml('ap.html', ['2021', '--kind', 'action-plan']),
      chart: renderHtml('chart.html', ['2025', '--kind', 'large-chart']),
    };
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    for (const url of [pages.selfAssessment, pages.actionPlan]) {
      await tab.goto(url);
      expect(await tab.$$('textarea')).not.toHaveLength(0);
      expect(await unlabelled(tab), url).toEqual([]);
    }
    await tab.goto(pages.chart);
    const tables = await tab.$$eval('table.chart-table', (list) =>
      list.map((table) => ({
        heads: [...table.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().width),
        rows: [...table.querySelectorAll('tr.chart-row')].map((tr) => tr.getBoundingClientRect().height),
        width: table.getBoundingClientRect().width,
      })),
    );
    expect(tables.length).toBeGreaterThan(40);
    for (const table of tables) {
      expect(table.heads).toHaveLength(5);
      for (const width of table.heads) expect(width).toBeGreaterThan(50);
      for (const height of table.rows) expect(height).toBeGreaterThan(100);
      expect(table.width).toBeLessThanOrEqual(390);
    }
    await context.close();
  });
});
