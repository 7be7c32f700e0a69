import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { itWithPrograms, run } from '../helpers/external.js';
import { fixtureModel } from './pdf-fixture.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-pdf-det-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

describe('writePdf: reproducible output and extra fonts', () => {
  it('writes byte-identical PDFs for the same model from two separate node processes', () => {
    const entry = join(DIR, 'entry.ts');
    writeFileSync(
      entry,
      `import { writePdf } from ${JSON.stringify(resolve('src/writers/pdf/write-pdf.ts'))};
import { fixtureModel } from ${JSON.stringify(resolve('test/writers/pdf-fixture.ts'))};
import { writeFileSync } from 'node:fs';
writeFileSync(process.argv[2], await writePdf(fixtureModel(), {}));`,
    );
    // Inside the repository (test/.output is ignored) so that the bundle's imports resolve from node_modules.
    const script = resolve('test/.output/pdf-determinism/render.mjs');
    buildSync({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: script,
      packages: 'external',
    });
    const hashes = ['a.pdf', 'b.pdf'].map((name) => {
      const out = join(DIR, name);
      const result = spawnSync(process.execPath, [script, out], { cwd: resolve('.'), encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      return createHash('sha256').update(readFileSync(out)).digest('hex');
    });
    expect(hashes[0]).toBe(hashes[1]);
  });

  it('uses an extra font for characters DejaVu Sans lacks, and refuses them without it', async () => {
    const model = fixtureModel(1);
    model.sections = [model.sections[0]!];
    model.sections[0]!.blocks.push({ type: 'paragraph', runs: [{ text: 'Bold A: 𝐀 end' }] });
    await expect(writePdf(model, {})).rejects.toThrow(UserError);
    await expect(writePdf(model, {})).rejects.toThrow('(U+1D400)');
    const math = new Uint8Array(readFileSync(join(fontDir, 'DejaVuMathTeXGyre.ttf')));
    const bytes = await writePdf(model, { fonts: [math] });
    const file = join(DIR, 'math.pdf');
    writeFileSync(file, bytes);
    if (spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0) {
      expect(run('pdftotext', [file, '-'])).toContain('Bold A: 𝐀 end');
    }
  });

  it('rejects a font file that is not TrueType with a user error', async () => {
    await expect(
      writePdf(fixtureModel(1), { fonts: [new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])] }),
    ).rejects.toThrow(UserError);
  });

  itWithPrograms('qpdf')('writes a valid PDF when an extra font is used', async () => {
    const model = fixtureModel(1);
    model.sections[0]!.blocks.push({ type: 'paragraph', runs: [{ text: '𝐀𝐁' }] });
    const math = new Uint8Array(readFileSync(join(fontDir, 'DejaVuMathTeXGyre.ttf')));
    const file = join(DIR, 'math2.pdf');
    writeFileSync(file, await writePdf(model, { fonts: [math] }));
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  });
});
