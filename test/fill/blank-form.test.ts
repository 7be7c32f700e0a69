import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, vi } from 'vitest';
import { render } from '../roundtrip/worksheets.js';
import { CJK_RENDER, itWith, PYTHON, WORKSHEETS } from './fill-setup.js';

// Issue 17: the form fonts and appearances that make filling work keep the blank form clean for every
// reader that checks it.
const DIR = mkdtempSync(join(tmpdir(), 'rubricate-blank-form-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** Lines a program wrote to stderr, without mupdf's note about its own build ("ICC support"). */
function complaints(program: string, args: string[]): string[] {
  const result = spawnSync(program, args, { encoding: 'utf8', timeout: 120_000 });
  expect(result.status, `${program}: ${result.stderr}`).toBe(0);
  return `${result.stderr}`.split('\n').filter((line) => line.trim() && !/ICC support/.test(line));
}

for (const worksheet of WORKSHEETS) {
  const stem = `${worksheet.rubric}-${worksheet.kind}`;
  describe(`${stem}: the blank form (with a --font CJK district)`, () => {
    const blank = join(DIR, `${stem}.pdf`);
    const rendered = () => {
      if (!existsSync(blank)) render(worksheet, blank, CJK_RENDER);
      return blank;
    };

    itWith(
      'qpdf',
      'mutool',
      PYTHON,
    )('qpdf --check, mutool and pypdf report nothing', () => {
      const file = rendered();
      const qpdf = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
      expect(qpdf.status, qpdf.stdout + qpdf.stderr).toBe(0);
      expect(qpdf.stdout + qpdf.stderr).not.toMatch(/WARNING/i);
      // Registry and Ordering as literal strings: poppler reports a UTF-16 (Adobe) as an unknown collection.
      const cidSystems = readFileSync(file, 'latin1').match(/\/CIDSystemInfo <<[^>]*>>/g) ?? [];
      expect(cidSystems.length).toBeGreaterThanOrEqual(2);
      for (const info of cidSystems) expect(info).toMatch(/\/Registry \(Adobe\)\s*\/Ordering \(Identity\)/);
      expect(complaints('mutool', ['draw', '-q', '-o', '/dev/null', '-F', 'txt', file])).toEqual([]);
      const script = [
        'import sys, logging, warnings',
        'logging.basicConfig(level=logging.WARNING)',
        'warnings.simplefilter("always")',
        'from pypdf import PdfReader',
        'reader = PdfReader(sys.argv[1], strict=True)',
        'assert len(reader.get_fields()) > 20',
        'for page in reader.pages: page.extract_text()',
      ].join('\n');
      expect(complaints(PYTHON, ['-c', script, file])).toEqual([]);
    });

    itWith()('pdf.js loads every page and the fields without a warning', async () => {
      const file = rendered();
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const log = vi.spyOn(console, 'log').mockImplementation(() => {});
      try {
        const data = new Uint8Array(readFileSync(file));
        const doc = await pdfjs.getDocument({ data, useSystemFonts: false, verbosity: 1 }).promise;
        for (let n = 1; n <= doc.numPages; n++) {
          const page = await doc.getPage(n);
          await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.ENABLE_FORMS });
          await page.getAnnotations();
        }
        expect(Object.keys((await doc.getFieldObjects()) ?? {}).length).toBeGreaterThan(20);
        await doc.destroy();
        expect(log.mock.calls.map((call) => call.join(' '))).toEqual([]);
      } finally {
        log.mockRestore();
      }
    });
  });
}
