import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-damaged-pdf-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('extract on a PDF cut short inside an object', () => {
  it('names the byte offset where parsing failed, in one line, exit 2', () => {
    const file = join(DIR, 'cut.pdf');
    const head =
      '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n';
    writeFileSync(file, `${head}3 0 obj\n<< /T (x) /V (abc%%EOF`);
    const run = runCli(['extract', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `rubricate: ${file}: damaged PDF: Failed to parse PDF document at byte ${head.length}: Failed to parse invalid PDF object\n`,
    );
  });
});
