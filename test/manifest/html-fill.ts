import { existsSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { type FillPlan, type FormField, planFill } from '../roundtrip/fill-plan.js';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox', '--disable-gpu'] });
}

/**
 * Opens an HTML worksheet in Chromium, finds its form fields as the page shows them (never from rubricate's
 * model), types and ticks the planned answers, and saves the page as a browser's "save page" does.
 * Date inputs take ISO dates only, so their planned text is the ISO date extract would make of it.
 */
export async function fillHtml(
  browser: Browser,
  page: string,
  saved: string,
  levels: string[],
): Promise<FillPlan> {
  const tab = await browser.newPage();
  try {
    await tab.goto(pathToFileURL(page).href);
    const controls = await tab.$$eval('form input[name], form textarea[name]', (elements) =>
      elements.map((e) => ({
        name: e.getAttribute('name')!,
        type: e.tagName === 'TEXTAREA' ? 'textarea' : (e.getAttribute('type') ?? 'text'),
        value: e.getAttribute('value') ?? '',
      })),
    );
    const fields: FormField[] = [];
    const groups = new Map<string, string[]>();
    for (const control of controls) {
      if (control.type === 'radio') {
        let options = groups.get(control.name);
        if (!options) {
          options = [];
          groups.set(control.name, options);
          fields.push({ name: control.name, kind: 'rating', options });
        }
        options.push(control.value);
      } else fields.push({ name: control.name, kind: 'text', multiline: control.type === 'textarea' });
    }
    const dates = new Set(controls.filter((c) => c.type === 'date').map((c) => c.name));
    const plan = planFill(fields, levels);
    for (const name of dates) {
      const typed = plan.text[name];
      if (typed === undefined) continue;
      const iso = new Date(`${typed} UTC`).toISOString().slice(0, 10);
      plan.text[name] = iso;
    }
    for (const [name, rating] of Object.entries(plan.ratings))
      await tab.check(`input[name="${name}"][value="${rating.level}"]`);
    for (const [name, text] of Object.entries(plan.text)) await tab.fill(`[name="${name}"]`, text);
    writeFileSync(saved, await tab.content());
    return plan;
  } finally {
    await tab.close();
  }
}
