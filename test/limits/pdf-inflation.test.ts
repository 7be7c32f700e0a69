import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/extract/limits.js';
import { readPdfForm } from '../../src/extract/read-pdf-form.js';
import { ROOT } from '../helpers/cli.js';
import { buildPdf, objectStreamBomb } from './pdf-builder.js';

const dir = mkdtempSync(join(tmpdir(), 'rubricate-pdf-inflation-'));

/** What readPdfForm says of a PDF, and the peak memory of a fresh process that read it, in MiB. */
function readInChild(pdf: Buffer): { mib: number; output: string } {
  const file = join(dir, `bomb-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const script = `
    import { readFileSync } from 'node:fs';
    const { readPdfForm } = await import(${JSON.stringify(join(ROOT, 'dist', 'extract', 'read-pdf-form.js'))});
    let output;
    try { await readPdfForm('f', readFileSync(${JSON.stringify(file)})); output = 'read'; }
    catch (error) { output = error.message; }
    const hwm = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    console.log(JSON.stringify({ mib: Number(hwm[1]) / 1024, output }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return JSON.parse(child.stdout);
}

const message = async (pdf: Buffer) =>
  readPdfForm('f.pdf', pdf).then(
    () => 'read',
    (error: Error) => error.message,
  );

describe('PDF flate bombs are stopped where pdf-lib inflates', () => {
  const perStream = /refused: an object stream inflates to more than 50\.0 MiB/;

  it('refuses an object stream compressed twice (3 KB → 300 MiB) under 150 MiB of memory', () => {
    const pdf = buildPdf([objectStreamBomb(300 * 1024 * 1024, 2)]);
    expect(pdf.length).toBeLessThan(4096);
    const { mib, output } = readInChild(pdf);
    expect(output).toMatch(perStream);
    expect(mib).toBeLessThan(150);
  });

  it('refuses one whose type is written with a name escape (/Obj#53tm)', () => {
    const { mib, output } = readInChild(buildPdf([objectStreamBomb(300 * 1024 * 1024, 2, '/Obj#53tm')]));
    expect(output).toMatch(perStream);
    expect(mib).toBeLessThan(150);
  });

  it(`reads a stream that inflates to exactly ${LIMITS.pdfStreamBytes} bytes, refuses one byte more`, async () => {
    expect(await message(buildPdf([objectStreamBomb(LIMITS.pdfStreamBytes)]))).toMatch(/no form fields/);
    expect(await message(buildPdf([objectStreamBomb(LIMITS.pdfStreamBytes + 1)]))).toMatch(perStream);
  });

  it(`counts every stream of a document: ${LIMITS.pdfInflatedBytes} bytes in all, not one more`, async () => {
    const quarter = LIMITS.pdfInflatedBytes / 4;
    const four = Array.from({ length: 4 }, () => objectStreamBomb(quarter));
    expect(await message(buildPdf(four))).toMatch(/no form fields/);
    expect(await message(buildPdf([...four, objectStreamBomb(1)]))).toMatch(
      /refused: the streams of this PDF inflate to more than 200\.0 MiB in all/,
    );
    // The count starts afresh for the next document.
    expect(await message(buildPdf([objectStreamBomb(1)]))).toMatch(/no form fields/);
  });
});
