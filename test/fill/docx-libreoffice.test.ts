import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect } from 'vitest';
import { parse } from 'yaml';
import { fillDocx } from '../extract/helpers.js';
import { runCli } from '../helpers/cli.js';
import { itWithPrograms } from '../helpers/external.js';
import { docxFields, docxFill } from '../roundtrip/docx-tools.js';
import { answersOf, planFill, scaleKeys } from '../roundtrip/fill-plan.js';
import { render, type Worksheet } from '../roundtrip/worksheets.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-docx-lo-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const WORKSHEETS: Worksheet[] = [
  { rubric: '2025-large-chart', kind: 'self-assessment' },
  { rubric: '2021-planning', kind: 'action-plan' },
];

/** One soffice start converting every file to `format` into `outDir`. */
function convert(files: string[], format: string, outDir: string): void {
  const result = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(DIR, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      format,
      '--outdir',
      outDir,
      ...files,
    ],
    { encoding: 'utf8', timeout: 240_000 },
  );
  expect(result.status, result.stderr).toBe(0);
}

describe('DOCX worksheets through LibreOffice file formats', () => {
  // DOCX → ODT turns every plain-text control into a FILLIN field (checkboxes stay controls); back to DOCX
  // they stay fields, so extract must read FILLIN fields as text controls, in document order.
  itWithPrograms('soffice')(
    'filled, saved as ODT and back as DOCX: every answer read by order; the ODT itself is refused with the way out',
    () => {
      const plans = WORKSHEETS.map((worksheet) => {
        const stem = `${worksheet.rubric}-${worksheet.kind}`;
        const blank = join(DIR, `${stem}-blank.docx`);
        render(worksheet, blank);
        const bytes = readFileSync(blank);
        const plan = planFill(docxFields(bytes), scaleKeys(`${worksheet.rubric}.yaml`), { multiline: false });
        writeFileSync(join(DIR, `${stem}.docx`), fillDocx(bytes, docxFill(plan)));
        return { stem, plan };
      });
      convert(
        plans.map((p) => join(DIR, `${p.stem}.docx`)),
        'odt',
        join(DIR, 'odt'),
      );
      convert(
        plans.map((p) => join(DIR, 'odt', `${p.stem}.odt`)),
        'docx:MS Word 2007 XML',
        join(DIR, 'back'),
      );
      for (const { stem, plan } of plans) {
        const odt = runCli(['extract', join(DIR, 'odt', `${stem}.odt`)]);
        expect(odt.code).toBe(2);
        expect(odt.stderr.trim().split('\n')).toHaveLength(1);
        expect(odt.stderr).toContain('an OpenDocument text file (.odt), which extract does not read');
        expect(odt.stderr).toContain('Word 2007–365 (.docx)');

        const out = join(DIR, `${stem}.yaml`);
        const back = runCli(['extract', join(DIR, 'back', `${stem}.docx`), '-o', out]);
        expect(back.code, back.stderr).toBe(0);
        const responses = parse(readFileSync(out, 'utf8'));
        expect(responses.source.method).toBe('docx-order');
        expect(answersOf(responses)).toEqual(plan.expected);
      }
    },
    300_000,
  );
});
