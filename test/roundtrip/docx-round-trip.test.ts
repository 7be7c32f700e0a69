import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fillDocx } from '../extract/helpers.js';
import { runCli } from '../helpers/cli.js';
import { itWithPrograms } from '../helpers/external.js';
import { docxFields, docxFill } from './docx-tools.js';
import { answersOf, planFill, scaleKeys } from './fill-plan.js';
import { offeredWorksheets, render, type Worksheet } from './worksheets.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-docx-rt-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** Renders a worksheet as DOCX with the CLI and fills every control as Word would; returns its plan. */
function renderAndFill(worksheet: Worksheet, output: string, multiline: boolean) {
  const blank = join(DIR, `${worksheet.rubric}-${worksheet.kind}-blank.docx`);
  render(worksheet, blank, ['--force']);
  const bytes = readFileSync(blank);
  const fields = docxFields(bytes);
  const plan = planFill(fields, scaleKeys(`${worksheet.rubric}.yaml`), { multiline });
  writeFileSync(output, fillDocx(bytes, docxFill(plan)));
  return { fields, plan };
}

function extractYaml(file: string) {
  const out = `${file}.yaml`;
  const result = runCli(['extract', file, '-o', out, '--force']);
  expect(result.code, result.stderr).toBe(0);
  return parse(readFileSync(out, 'utf8'));
}

describe('DOCX round trip: rubricate render → filled as Word does → rubricate extract', () => {
  for (const worksheet of offeredWorksheets()) {
    const stem = `${worksheet.rubric}-${worksheet.kind}`;
    it(`${stem}: every control filled comes back exactly (by tag)`, () => {
      const filled = join(DIR, `${stem}.docx`);
      const { fields, plan } = renderAndFill(worksheet, filled, true);
      if (worksheet.kind === 'large-chart') {
        expect(fields).toEqual([]);
        return;
      }
      expect(fields.length).toBeGreaterThan(20);
      expect(Object.values(plan.text).some((t) => t.includes('\n'))).toBe(true);
      const responses = extractYaml(filled);
      expect(responses).toMatchObject({
        rubric: worksheet.rubric,
        kind: worksheet.kind,
        source: { method: 'docx-tags' },
      });
      expect(answersOf(responses)).toEqual(plan.expected);
    });
  }

  // LibreOffice drops every tag and alias when it re-saves, and a line break typed inside a plain-text
  // control (docs/extract.md), so these answers are single lines and are matched by position.
  itWithPrograms('soffice')('re-saved by LibreOffice: read by order, and the method says so', () => {
    const worksheets: Worksheet[] = [
      { rubric: '2025-large-chart', kind: 'self-assessment' },
      { rubric: '2021-planning', kind: 'action-plan' },
    ];
    const plans = worksheets.map((worksheet) =>
      renderAndFill(worksheet, join(DIR, `lo-${worksheet.kind}.docx`), false),
    );
    const outDir = join(DIR, 'resaved');
    mkdirSync(outDir, { recursive: true });
    const converted = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(DIR, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'docx',
        '--outdir',
        outDir,
        ...worksheets.map((w) => join(DIR, `lo-${w.kind}.docx`)),
      ],
      { encoding: 'utf8', timeout: 240_000 },
    );
    expect(converted.status, converted.stderr).toBe(0);
    for (const [i, worksheet] of worksheets.entries()) {
      const resaved = join(outDir, `lo-${worksheet.kind}.docx`);
      const xml = strFromU8(unzipSync(readFileSync(resaved))['word/document.xml'] as Uint8Array);
      expect(xml).not.toContain('<w:tag ');
      const responses = extractYaml(resaved);
      expect(responses.source.method, worksheet.kind).toBe('docx-order');
      expect(responses.kind).toBe(worksheet.kind);
      expect(answersOf(responses)).toEqual(plans[i]!.plan.expected);
    }
  });
});
