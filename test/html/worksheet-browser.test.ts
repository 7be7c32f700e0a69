import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { schemaValidator } from '../../src/schemas.js';
import { runCli } from '../helpers/cli.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
// In CI the browser must be there (.ci/run installs Debian's chromium): a missing one fails, never skips.
const run = CHROMIUM || process.env.CI === 'true' ? describe : describe.skip;

run('the HTML worksheet in headless Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'rubricate-html-'));
  const page = join(dir, 'worksheet.html');

  beforeAll(async () => {
    expect(CHROMIUM, 'chromium is not installed (apt-get install chromium)').toBeDefined();
    const rendered = runCli([
      'render',
      '2025',
      '--kind',
      'self-assessment',
      '-o',
      page,
      '--set',
      'district=Peñasco ISD <b>&</b>',
    ]);
    expect(rendered.code, rendered.stderr).toBe(0);
    browser = await chromium.launch({
      executablePath: CHROMIUM!,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is filled by clicking and typing, keeps answers over a reload, saves a responses file, and makes no network request', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const tab = await context.newPage();
    const requests: string[] = [];
    tab.on('request', (request) => {
      if (!/^(file|data|blob):/.test(request.url())) requests.push(request.url());
    });
    await tab.goto(pathToFileURL(page).href);
    // The district value is text, not markup.
    expect(await tab.inputValue('input[name="context.district"]')).toBe('Peñasco ISD <b>&</b>');

    const groups = await tab.$$eval('input[type=radio]', (inputs) => [
      ...new Set(inputs.map((i) => (i as HTMLInputElement).name)),
    ]);
    expect(groups).toHaveLength(45);
    const levels = ['strength', 'ok-for-now', 'could-be-better', 'urgent-gap', 'dont-know'];
    const chosen: Record<string, string> = {};
    for (const [i, group] of groups.entries()) {
      const level = levels[i % levels.length]!;
      await tab.click(`input[name="${group}"][value="${level}"]`);
      chosen[group.replace(/\.rating$/, '')] = level;
    }
    await tab.fill('input[name="respondent.name"]', 'Nguyễn Thị Hương');
    await tab.fill(
      'textarea[name="capacity-building.1.evidence"]',
      'Minutes of the 3/4 cabinet meeting, "attendance" item',
    );
    // A keyboard user reaches the radio buttons and changes the answer with the arrow keys.
    await tab.focus('input[name="shared-accountability.7.rating"][value="ok-for-now"]');
    await tab.keyboard.press('ArrowRight');
    chosen['shared-accountability.7'] = 'could-be-better';

    await tab.reload();
    expect(await tab.isChecked('input[name="capacity-building.1.rating"][value="strength"]')).toBe(true);
    expect(await tab.isChecked('input[name="shared-accountability.7.rating"][value="could-be-better"]')).toBe(
      true,
    );
    expect(await tab.inputValue('textarea[name="capacity-building.1.evidence"]')).toMatch(/cabinet meeting/);

    const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('#download-responses')]);
    const saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe('2025-large-chart-Nguyễn-Thị-Hương.yaml');
    expect(requests).toEqual([]);

    const responses = parse(readFileSync(saved, 'utf8'));
    expect(schemaValidator('responses')(responses)).toBe(true);
    expect(responses).toMatchObject({
      rubric: '2025-large-chart',
      edition: '4/10/25',
      kind: 'self-assessment',
      respondent: { name: 'Nguyễn Thị Hương' },
      context: { district: 'Peñasco ISD <b>&</b>' },
    });
    for (const [item, level] of Object.entries(chosen))
      expect(responses.items[item].rating, item).toBe(level);
    expect(responses.items['capacity-building.1'].evidence).toBe(
      'Minutes of the 3/4 cabinet meeting, "attendance" item',
    );
    await context.close();
  });

  it('looks right at desktop and phone widths (screenshots for the README)', async () => {
    for (const [width, name] of [
      [1280, 'desktop'],
      [390, 'phone'],
    ] as const) {
      const tab = await browser.newPage({ viewport: { width, height: 900 } });
      await tab.goto(pathToFileURL(page).href);
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name}: the page scrolls sideways`).toBeLessThanOrEqual(0);
      await tab.screenshot({ path: join(dir, `${name}.png`) });
      await tab.close();
    }
  });
});

describe('HTML escaping', () => {
  it('shows any value containing <script>, quotes or ampersands as text, never as markup', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rubricate-html-'));
    const out = join(dir, 'x.html');
    const evil = `</textarea><script>alert("x")</script> & 'quote' "dq"`;
    const result = runCli([
      'render',
      '2021',
      '--kind',
      'action-plan',
      '-f',
      'html',
      '-o',
      out,
      '--set',
      `district=${evil}`,
      '--set',
      `facilitator=${evil}`,
    ]);
    expect(result.code, result.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain(
      '&lt;/textarea&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39; &quot;dq&quot;',
    );
    expect(spawnSync('grep', ['-c', '<script', out], { encoding: 'utf8' }).stdout.trim()).toBe('2');
  });
});
