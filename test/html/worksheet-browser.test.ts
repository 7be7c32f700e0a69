import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { schemaValidator } from '../../src/schemas.js';
import { CHROMIUM, launchChromium } from '../helpers/chromium.js';
import { hasStackTrace, ROOT, runCli } from '../helpers/cli.js';
import { validateByModeline } from '../helpers/modeline.js';

/** The 2025 rubric as its YAML states it: items per ingredient (in order) and the scale's values. */
const RUBRIC_2025 = (() => {
  const rubric = parse(readFileSync(join(ROOT, 'rubrics/2025-large-chart.yaml'), 'utf8'));
  const sections = (rubric.sections as { id: string; items: { id: string }[] }[]).map((s) => ({
    id: s.id,
    items: s.items.map((item) => item.id),
  }));
  return {
    sections,
    items: sections.flatMap((s) => s.items),
    levels: rubric.scale.levels as { key: string; value: number | null }[],
  };
})();

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
      '--format',
      'html',
      '-o',
      page,
      '--set',
      'district=Peñasco ISD <b>&</b>',
    ]);
    expect(rendered.code, rendered.stderr).toBe(0);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is filled by clicking and typing, keeps answers over a reload, saves a responses file that scores as expected, and makes no network request', async () => {
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
    expect(groups).toEqual(RUBRIC_2025.items.map((item) => `${item}.rating`));
    const levels = RUBRIC_2025.levels.map((l) => l.key);
    const chosen: Record<string, string> = {};
    const evidence: Record<string, string> = {};
    for (const [i, item] of RUBRIC_2025.items.entries()) {
      const level = levels[(i * i + 3 * i) % levels.length]!;
      await tab.click(`input[name="${item}.rating"][value="${level}"]`);
      chosen[item] = level;
      evidence[item] =
        i % 4 === 0
          ? `Item ${i + 1}: minutes of the 3/4 cabinet meeting\nsecond line — “attendance” & <b>`
          : `Nguyễn Thị Hương, item ${i + 1}: café notes`;
      await tab.fill(`textarea[name="${item}.evidence"]`, evidence[item]);
    }
    await tab.fill('input[name="respondent.name"]', 'Nguyễn Thị Hương');
    // A keyboard user reaches a radio button and changes the answer with the arrow keys.
    const moved = RUBRIC_2025.items.find((item) => chosen[item] !== levels.at(-1))!;
    await tab.focus(`input[name="${moved}.rating"][value="${chosen[moved]}"]`);
    await tab.keyboard.press('ArrowRight');
    chosen[moved] = levels[levels.indexOf(chosen[moved]!) + 1]!;

    await tab.reload();
    const state = () =>
      tab.evaluate(() => ({
        checked: Object.fromEntries(
          [...document.querySelectorAll<HTMLInputElement>('input[type=radio]:checked')].map((i) => [
            i.name.replace(/\.rating$/, ''),
            i.value,
          ]),
        ),
        evidence: Object.fromEntries(
          [...document.querySelectorAll<HTMLTextAreaElement>('textarea[name$=".evidence"]')].map((t) => [
            t.name.replace(/\.evidence$/, ''),
            t.value,
          ]),
        ),
      }));
    expect(await state()).toEqual({ checked: chosen, evidence });

    const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('#download-responses')]);
    const saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe('2025-large-chart-Nguyễn-Thị-Hương.yaml');
    expect(requests).toEqual([]);
    await context.close();

    const responses = parse(readFileSync(saved, 'utf8'));
    expect(schemaValidator('responses')(responses)).toBe(true);
    // Saved into a downloads folder, the file names the installed schema by a path that resolves there.
    expect(validateByModeline(saved)).toEqual({
      schemaPath: join(ROOT, 'schema', 'responses.schema.json'),
      errors: [],
    });
    expect(responses).toMatchObject({
      rubric: '2025-large-chart',
      edition: '4/10/25',
      kind: 'self-assessment',
      respondent: { name: 'Nguyễn Thị Hương' },
      context: { district: 'Peñasco ISD <b>&</b>' },
    });
    for (const item of RUBRIC_2025.items)
      expect(responses.items[item], item).toEqual({ rating: chosen[item], evidence: evidence[item] });

    // The saved file, unchanged, scores to the figures worked out here from what was clicked.
    const scored = runCli(['score', saved, '--format', 'json']);
    expect(scored.code, scored.stderr).toBe(0);
    const report = JSON.parse(scored.stdout);
    const value = new Map(RUBRIC_2025.levels.map((l) => [l.key, l.value]));
    const figures = (items: string[]) => {
      const values = items.map((item) => value.get(chosen[item]!)).filter((v) => v !== null) as number[];
      return {
        mean: Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 1000) / 1000,
        scored: values.length,
        notScored: items.length - values.length,
        unanswered: 0,
        completion: 1,
      };
    };
    const pick = ({ mean, scored, notScored, unanswered, completion }: Record<string, unknown>) => ({
      mean,
      scored,
      notScored,
      unanswered,
      completion,
    });
    expect(pick(report.overall)).toEqual(figures(RUBRIC_2025.items));
    expect(report.overall.distribution).toEqual(
      levels.map((key) => ({ key, count: Object.values(chosen).filter((c) => c === key).length })),
    );
    expect(report.ingredients.map((i: { id: string }) => i.id)).toEqual(
      RUBRIC_2025.sections.map((s) => s.id),
    );
    for (const [i, section] of RUBRIC_2025.sections.entries())
      expect(pick(report.ingredients[i]), section.id).toEqual(figures(section.items));
    expect(report.respondents).toMatchObject([{ name: 'Nguyễn Thị Hương' }]);
  });

  it('saves a file from the 2021 worksheet that the 2025 rubric refuses with a clear message', async () => {
    const page2021 = join(dir, 'worksheet-2021.html');
    const rendered = runCli([
      'render',
      '2021',
      '--kind',
      'self-assessment',
      '--format',
      'html',
      '-o',
      page2021,
    ]);
    expect(rendered.code, rendered.stderr).toBe(0);
    const context = await browser.newContext({ acceptDownloads: true });
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(page2021).href);
    await tab.click('input[type=radio]');
    await tab.fill('input[name="respondent.name"]', 'Zoë');
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('#download-responses')]);
    const saved = join(dir, 'from-2021.yaml');
    await download.saveAs(saved);
    await context.close();

    expect(runCli(['score', saved]).code).toBe(0);
    const refused = runCli(['score', saved, '--rubric', '2025']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(
      'these responses answer "2021-planning" edition "2021", not 2025-large-chart edition 4/10/25',
    );
    expect(hasStackTrace(refused.stderr)).toBe(false);
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
    // Exactly our three: the rubric identity and the field manifest (JSON data), and the page's script.
    expect(spawnSync('grep', ['-c', '<script', out], { encoding: 'utf8' }).stdout.trim()).toBe('3');
  });
});
