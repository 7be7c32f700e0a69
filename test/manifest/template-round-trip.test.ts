import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fillDocx } from '../extract/helpers.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { itWithPrograms } from '../helpers/external.js';
import { docxFields, docxFill } from '../roundtrip/docx-tools.js';
import {
  answersOf,
  type ExpectedAnswers,
  type FillPlan,
  planFill,
  scaleKeys,
} from '../roundtrip/fill-plan.js';
import { pdfFields, pdftkFill, xfdf } from '../roundtrip/pdf-tools.js';
import { CUSTOM_TEMPLATES, type CustomTemplate, writeTemplate } from './custom-templates.js';
import { CHROMIUM, fillHtml, launchChromium } from './html-fill.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-manifest-rt-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const RUBRIC = '2025-large-chart';
const LEVELS = scaleKeys(`${RUBRIC}.yaml`);
const ITEMS: string[] = parse(readFileSync(join(ROOT, 'rubrics', `${RUBRIC}.yaml`), 'utf8')).sections.flatMap(
  (s: { items: { id: string }[] }) => s.items.map((i) => i.id),
);

function renderWith(template: CustomTemplate, out: string): void {
  const path = writeTemplate(DIR, template);
  const result = runCli(['render', RUBRIC, '--kind', 'self-assessment', '--template', path, '-o', out]);
  expect(result.code, result.stderr).toBe(0);
}

/** What the responses must hold: every typed answer, and the fields the template dropped as unanswered. */
function expectedAnswers(plan: FillPlan, template: CustomTemplate): ExpectedAnswers {
  const expected = structuredClone(plan.expected);
  for (const name of template.dropped(ITEMS)) {
    const dot = name.lastIndexOf('.');
    const [head, key] = [name.slice(0, dot), name.slice(dot + 1)];
    if (head === 'respondent') expected.respondent[key] = null;
    else expected.items[head] = { ...expected.items[head], [key]: null };
  }
  return expected;
}

/** extract, then score, both exit 0; every answer is in the responses; the notes name what changed. */
function roundTrip(filled: string, plan: FillPlan, template: CustomTemplate): void {
  const out = `${filled}.responses.yaml`;
  const extracted = runCli(['extract', filled, '-o', out]);
  expect(extracted.code, extracted.stderr).toBe(0);
  const responses = parse(readFileSync(out, 'utf8'));
  expect(answersOf(responses)).toEqual(expectedAnswers(plan, template));
  if (template.name === 'no-evidence')
    expect(extracted.stderr).toContain(
      'the worksheet has no field for 45 fields of the rubric: capacity-building.1.evidence, capacity-building.2.evidence',
    );
  if (template.name === 'no-role')
    expect(extracted.stderr).toContain(
      'the worksheet has no field for 1 field of the rubric: respondent.role (unanswered)',
    );
  if (template.name === 'facilitator') {
    expect(responses.context.facilitator).toBe(plan.text['context.facilitator']);
    expect(plan.text['context.facilitator']).toBeTruthy();
    expect(extracted.stderr).toContain(
      "kept 1 field the worksheet's template added: context.facilitator (under context)",
    );
  }
  const scored = runCli(['score', out, '--format', 'json']);
  expect(scored.code, scored.stderr).toBe(0);
  const report = JSON.parse(scored.stdout);
  const rated = Object.values(plan.ratings).filter((r) => r.level !== 'dont-know').length;
  expect(report.overall.scored).toBe(rated);
}

describe('custom templates round-trip through extract and score (PDF filled with pdftk)', () => {
  for (const template of CUSTOM_TEMPLATES)
    itWithPrograms('pdftk')(template.name, () => {
      const blank = join(DIR, `${template.name}.pdf`);
      renderWith(template, blank);
      const plan = planFill(pdfFields(blank), LEVELS, { indices: true });
      writeFileSync(join(DIR, `${template.name}.xfdf`), xfdf(plan));
      const filled = join(DIR, `${template.name}-filled.pdf`);
      pdftkFill(blank, join(DIR, `${template.name}.xfdf`), filled);
      roundTrip(filled, plan, template);
    });
});

describe('custom templates round-trip through extract and score (DOCX filled as Word does)', () => {
  for (const template of CUSTOM_TEMPLATES)
    it(template.name, () => {
      const blank = join(DIR, `${template.name}.docx`);
      renderWith(template, blank);
      const bytes = readFileSync(blank);
      const plan = planFill(docxFields(bytes), LEVELS);
      const filled = join(DIR, `${template.name}-filled.docx`);
      writeFileSync(filled, fillDocx(bytes, docxFill(plan)));
      roundTrip(filled, plan, template);
    });
});

describe('custom templates round-trip through extract and score (HTML filled in Chromium)', () => {
  // Chromium must be there in CI (a missing one fails there); elsewhere the test is skipped without it.
  const withBrowser = CHROMIUM || process.env.CI === 'true' ? it : it.skip;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (CHROMIUM) browser = await launchChromium();
  });
  afterAll(async () => browser?.close());
  for (const template of CUSTOM_TEMPLATES)
    withBrowser(template.name, async () => {
      expect(browser, 'chromium is not installed').toBeDefined();
      const blank = join(DIR, `${template.name}.html`);
      renderWith(template, blank);
      const saved = join(DIR, `${template.name}-saved.html`);
      const plan = await fillHtml(browser!, blank, saved, LEVELS);
      roundTrip(saved, plan, template);
    });
});
