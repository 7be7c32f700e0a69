import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-extract-workers-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** Twelve worksheets, three of them unreadable (cut short, not a PDF, absent), among the others. */
const files: string[] = [];
beforeAll(async () => {
  const blank = join(DIR, 'blank.pdf');
  expect(runCli(['render', '2025', '--kind', 'self-assessment', '-o', blank]).code).toBe(0);
  // Re-saved by pdf-lib, as the bench's filled worksheets: object streams and an xref stream.
  const document = await PDFDocument.load(readFileSync(blank));
  for (const field of document.getForm().getFields())
    if (field.getName().endsWith('.evidence'))
      document.getForm().getTextField(field.getName()).setText('Seen');
  const saved = await document.save({ updateFieldAppearances: false });
  const docx = join(DIR, 'blank.docx');
  expect(runCli(['render', '2021', '--kind', 'action-plan', '-o', docx]).code).toBe(0);
  for (let i = 0; i < 12; i++) {
    const file = join(DIR, `w${String(i).padStart(2, '0')}${i === 5 ? '.docx' : '.pdf'}`);
    if (i === 5) copyFileSync(docx, file);
    else if (i === 3) writeFileSync(file, saved.subarray(0, 3000));
    else if (i === 8) writeFileSync(file, 'not a pdf');
    else if (i !== 10) writeFileSync(file, i % 2 ? saved : readFileSync(blank));
    files.push(file);
  }
}, 120_000);

/**
 * The stderr lines about each worksheet, written files first and then the errors (each run lists its errors
 * after its files), without the summary, which counts the files of that run.
 */
const perFile = (stderr: string) => {
  const lines = stderr
    .split('\n')
    .filter((line) => line !== '' && !/worksheets could not be read/.test(line));
  return [
    lines.filter((line) => line.startsWith('wrote ')),
    lines.filter((line) => !line.startsWith('wrote ')),
  ];
};

describe('rubricate extract of many worksheets (read on worker threads)', () => {
  it('writes, reports and exits as the same worksheets read a few at a time', () => {
    const all = join(DIR, 'all');
    const together = runCli(['extract', ...files, '--out-dir', all]);
    const parts = join(DIR, 'parts');
    const first = runCli(['extract', ...files.slice(0, 6), '--out-dir', parts]);
    const second = runCli(['extract', ...files.slice(6), '--out-dir', parts]);
    expect(together.code).toBe(2);
    expect([first.code, second.code]).toEqual([2, 2]);
    expect(together.stderr).toContain('rubricate: 3 of 12 worksheets could not be read');
    const [wrote, errors] = perFile(together.stderr.replaceAll(all, parts));
    const [wrote1, errors1] = perFile(first.stderr);
    const [wrote2, errors2] = perFile(second.stderr);
    expect(wrote).toEqual([...wrote1!, ...wrote2!]);
    expect(errors).toEqual([...errors1!, ...errors2!]);
    expect(wrote).toHaveLength(9);
    const written = readdirSync(all).sort();
    expect(written).toEqual(readdirSync(parts).sort());
    for (const name of written)
      expect(readFileSync(join(all, name), 'utf8')).toBe(readFileSync(join(parts, name), 'utf8'));
  });

  it('refuses to overwrite without --force, in input order, as before', () => {
    const out = join(DIR, 'again');
    expect(runCli(['extract', ...files.slice(0, 3), '--out-dir', out]).code).toBe(0);
    const result = runCli(['extract', ...files, '--out-dir', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('rubricate: 6 of 12 worksheets could not be read');
  });
});
