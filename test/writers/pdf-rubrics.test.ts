import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect } from 'vitest';
import { buildDocument, offeredKinds } from '../../src/document/build-document.js';
import { fieldsOf } from '../../src/document/model.js';
import { loadRubric } from '../../src/rubric/load-rubric.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { itWithPrograms, run } from '../helpers/external.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-pdf-rubrics-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('writePdf on the shipped rubrics', () => {
  for (const file of ['2020-assessment', '2021-planning', '2025-large-chart']) {
    itWithPrograms('qpdf')(`renders every worksheet of ${file} with the model's fields`, async () => {
      const rubric = (await loadRubric(`rubrics/${file}.yaml`)).loaded!.rubric;
      for (const kind of offeredKinds(rubric)) {
        const model = buildDocument(rubric, {
          kind,
          values: { district: 'Peñasco ISD', facilitator: 'Nguyễn Thị Hương' },
        });
        const bytes = await writePdf(model, {});
        const path = join(DIR, `${file}-${kind}.pdf`);
        writeFileSync(path, bytes);
        expect(run('qpdf', ['--check', path])).toContain('No syntax or stream encoding errors');
        const names = (await PDFDocument.load(bytes))
          .getForm()
          .getFields()
          .map((f) => f.getName());
        expect(names.sort()).toEqual([...new Set(fieldsOf(model).map((f) => f.name))].sort());
      }
    });
  }
});
