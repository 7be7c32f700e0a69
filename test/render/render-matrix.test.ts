import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFRadioGroup } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorksheetKind } from '../../src/document/model.js';
import type { Rubric } from '../../src/rubric/rubric.generated.js';
import { hasStackTrace, runCli } from '../helpers/cli.js';
import { itWithPrograms, run } from '../helpers/external.js';
import {
  expectedFields,
  itemsOf,
  kindsOf,
  missingTexts,
  pdfText,
  SHIPPED,
  shippedRubric,
} from './expected.js';

/**
 * Acceptance of issue 3 through the CLI: every shipped rubric × every kind its YAML offers, rendered by
 * `rubricate render` to PDF and DOCX, checked against what the rubric itself says (its item texts, ids and
 * scale), not against the document model the writers were given.
 */
const DIR = mkdtempSync(join(tmpdir(), 'rubricate-render-matrix-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

interface Case {
  name: string;
  year: string;
  kind: WorksheetKind;
  rubric: Rubric;
}

const cases: Case[] = [];
for (const { file, year } of SHIPPED) {
  const rubric = await shippedRubric(file);
  for (const kind of kindsOf(rubric)) cases.push({ name: `${file}-${kind}`, year, kind, rubric });
}
const file = (c: Case, ext: string) => join(DIR, `${c.name}.${ext}`);

beforeAll(() => {
  for (const c of cases) {
    for (const ext of ['pdf', 'docx']) {
      const result = runCli(['render', c.year, '--kind', c.kind, '-o', file(c, ext)], { timeout: 60_000 });
      expect(result.code, `${c.name}.${ext}: ${result.stderr}`).toBe(0);
      expect(hasStackTrace(result.stderr)).toBe(false);
    }
  }
}, 300_000);

describe('render: every shipped rubric and kind, as PDF', () => {
  it('covers the five worksheets the rubrics offer', () => {
    expect(cases.map((c) => c.name)).toEqual([
      '2020-assessment-self-assessment',
      '2021-planning-action-plan',
      '2021-planning-self-assessment',
      '2025-large-chart-large-chart',
      '2025-large-chart-self-assessment',
    ]);
  });

  for (const c of cases) {
    describe(c.name, () => {
      itWithPrograms('pdftotext')('prints every item text (and the reflection prompts of a plan)', () => {
        const texts = itemsOf(c.rubric).map((item) => item.text);
        if (c.kind === 'action-plan') texts.push(...(c.rubric.reflectionPrompts ?? []).map((p) => p.text));
        expect(texts.length).toBeGreaterThan(30);
        expect(missingTexts(pdfText(file(c, 'pdf')), texts)).toEqual([]);
      });

      it('has the expected fields and radio options, read with pdf-lib', async () => {
        const expected = expectedFields(c.rubric, c.kind);
        const form = (await PDFDocument.load(readFileSync(file(c, 'pdf')))).getForm();
        const fields = form.getFields();
        expect(fields.map((f) => f.getName()).sort()).toEqual(expected.names);
        const radios = fields.filter((f): f is PDFRadioGroup => f instanceof PDFRadioGroup);
        expect(new Map(radios.map((r) => [r.getName(), r.getOptions()]))).toEqual(expected.radios);
      });

      it('has the expected fields and radio export values, read with pdfjs-dist', async () => {
        const expected = expectedFields(c.rubric, c.kind);
        const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
        const doc = await pdfjs.getDocument({
          data: new Uint8Array(readFileSync(file(c, 'pdf'))),
          useSystemFonts: false,
        }).promise;
        const objects = ((await doc.getFieldObjects()) ?? {}) as Record<
          string,
          { type: string; exportValues?: string }[]
        >;
        await doc.destroy();
        // getFieldObjects also lists the non-terminal nodes of the dotted names (`capacity-building`, …).
        const terminal = Object.keys(objects).filter((name) => objects[name]!.some((o) => o.type !== ''));
        expect(terminal.sort()).toEqual(expected.names);
        for (const [name, options] of expected.radios) {
          const widgets = objects[name]!.filter((o) => o.type === 'radiobutton');
          expect(widgets.map((w) => w.exportValues)).toEqual(options);
        }
      });

      itWithPrograms('qpdf')('passes qpdf --check', () => {
        expect(run('qpdf', ['--check', file(c, 'pdf')])).toContain('No syntax or stream encoding errors');
      });
    });
  }
});

describe('render: every shipped rubric and kind, as DOCX', () => {
  itWithPrograms('soffice', 'pdftotext')(
    'converts in LibreOffice: the converted text has every item and no placeholder text in the blanks',
    () => {
      // One soffice start for all documents: each start costs seconds.
      const converted = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=file://${DIR}/lo-profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          join(DIR, 'lo'),
          ...cases.map((c) => file(c, 'docx')),
        ],
        { encoding: 'utf8', timeout: 240_000 },
      );
      expect(converted.status, converted.stderr).toBe(0);
      for (const c of cases) {
        const texts = itemsOf(c.rubric).map((item) => item.text);
        if (c.kind === 'action-plan') texts.push(...(c.rubric.reflectionPrompts ?? []).map((p) => p.text));
        const text = pdfText(join(DIR, 'lo', `${c.name}.pdf`));
        expect(missingTexts(text, texts), c.name).toEqual([]);
        // A printed blank worksheet leaves its fields blank to write in (issue 17).
        expect(text, c.name).not.toMatch(/Click or tap|enter text/i);
      }
    },
    300_000,
  );
});
