import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect } from 'vitest';
import { BIN, hasStackTrace, ROOT, runCli } from '../helpers/cli.js';
import { itWithPrograms } from '../helpers/external.js';
import { pdfFields, pdftkFill, xfdf } from '../roundtrip/pdf-tools.js';
import { fillDocx } from './helpers.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-extract-cli-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** The exit status docs/extract.md promises when some of several worksheets cannot be read. */
function documentedStatus(): number {
  const docs = readFileSync(join(ROOT, 'docs/extract.md'), 'utf8');
  const several =
    /A worksheet that cannot\s+be read is reported and skipped; the others are still written; the exit status is then (\d+)\./.exec(
      docs,
    );
  const summary = /Exit status: 0 all read, (\d+) a worksheet could not be read/.exec(docs);
  expect(several?.[1]).toBeDefined();
  expect(summary?.[1]).toBe(several?.[1]);
  return Number(several![1]);
}

/** A filled 2025 self-assessment whose evidence fields hold ~5,000 characters each (made once, lazily). */
let bigPdf: string | undefined;
function filledBigPdf(): string {
  if (bigPdf) return bigPdf;
  const blank = join(DIR, 'blank.pdf');
  expect(runCli(['render', '2025', '--kind', 'self-assessment', '-o', blank]).code).toBe(0);
  const evidence = pdfFields(blank).filter((f) => f.name.endsWith('.evidence'));
  expect(evidence.length).toBe(45);
  const text = 'Evidence, café. '.repeat(300);
  const plan = {
    text: Object.fromEntries(evidence.map((f) => [f.name, text])),
    ratings: {},
    expected: { respondent: {}, context: {}, items: {}, reflections: {} },
  };
  writeFileSync(join(DIR, 'big.xfdf'), xfdf(plan));
  bigPdf = join(DIR, 'big.pdf');
  pdftkFill(blank, join(DIR, 'big.xfdf'), bigPdf);
  return bigPdf;
}

describe('rubricate extract on the command line', () => {
  itWithPrograms(
    'pdftk',
    'bash',
    'head',
  )('stops quietly with status 0 when the reader of standard output goes away (| head -1)', () => {
    const bigPdf = filledBigPdf();
    const whole = join(DIR, 'whole.yaml');
    expect(runCli(['extract', bigPdf, '-o', whole]).code).toBe(0);
    // Far more than a pipe holds (64 KiB), so the writer is still writing when head has gone.
    expect(statSync(whole).size).toBeGreaterThan(128 * 1024);
    const piped = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${BIN}" extract "${bigPdf}" 2>"${DIR}/err" | head -1; echo "status \${PIPESTATUS[0]}"`,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(piped.stdout).toBe(
      `# yaml-language-server: $schema=${join(ROOT, 'schema', 'responses.schema.json')}\nstatus 0\n`,
    );
    expect(readFileSync(join(DIR, 'err'), 'utf8')).toBe('');
  });

  itWithPrograms('pdftk')(
    'several worksheets, some unreadable: the readable ones written, the status docs/extract.md gives',
    () => {
      const bigPdf = filledBigPdf();
      const docxBlank = join(DIR, 'blank.docx');
      expect(runCli(['render', '2021', '--kind', 'action-plan', '-o', docxBlank]).code).toBe(0);
      const docx = join(DIR, 'plan.docx');
      writeFileSync(docx, fillDocx(readFileSync(docxBlank), { text: { 'respondent.name': 'Zoë' } }));
      const broken = join(DIR, 'broken.pdf');
      writeFileSync(broken, readFileSync(bigPdf).subarray(0, 4000));
      const outDir = join(DIR, 'out');
      const result = runCli(['extract', bigPdf, broken, docx, join(DIR, 'absent.pdf'), '--out-dir', outDir]);
      expect(result.code).toBe(documentedStatus());
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('broken.pdf  error  extract/unreadable');
      expect(result.stderr).toContain('absent.pdf  error  extract/unreadable  no such file');
      expect(result.stderr).toContain('rubricate: 2 of 4 worksheets could not be read');
      expect(hasStackTrace(result.stderr)).toBe(false);
      expect(statSync(join(outDir, 'big.responses.yaml')).size).toBeGreaterThan(0);
      expect(readFileSync(join(outDir, 'plan.responses.yaml'), 'utf8')).toContain('name: Zoë');
    },
  );
});
