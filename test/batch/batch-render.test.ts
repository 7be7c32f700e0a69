import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileNameFor } from '../../src/batch/file-names.js';
import { openBatchCsv } from '../../src/batch/read-batch-csv.js';
import { BIN, runCli } from '../helpers/cli.js';

/** Node 20 has no Array.fromAsync. */
async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'rubricate-batch-'));
}

/** A CSV with awkward names: accents, commas, quotes, slashes, and one row missing its district. */
function districtsCsv(rows: number, badLine?: number): string {
  const lines = ['district,school,team,date,facilitator'];
  for (let i = 1; i <= rows; i++) {
    const line = i + 1;
    if (line === badLine) {
      lines.push(`,Orphan School ${i},Team ${i},2026-03-01,Ana`);
      continue;
    }
    const district = [
      'Peñasco ISD',
      'Nguyễn Thị Hương District',
      'Smith, Jones & Co "Unified"',
      'Las/Cruces',
    ][i % 4];
    lines.push(
      `"${district!.replace(/"/g, '""')} ${i}","School ${i}",Team ${i},2026-03-01,"Zoë, facilitator"`,
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

describe('batch CSV and file names', () => {
  it('reads quoted fields with commas, quotes and newlines and reports the line each record starts on', async () => {
    const dir = tmp();
    const csv = join(dir, 'x.csv');
    writeFileSync(csv, '\ufeffdistrict,school\n"A, ""x""","multi\nline"\n\nB,C\n');
    const { columns, rows } = await openBatchCsv(csv);
    expect(columns).toEqual(['district', 'school']);
    expect(await all(rows)).toEqual([
      { line: 2, values: { district: 'A, "x"', school: 'multi\nline' } },
      { line: 5, values: { district: 'B', school: 'C' } },
    ]);
  });

  it('refuses a CSV without a header row', async () => {
    const dir = tmp();
    const csv = join(dir, 'x.csv');
    writeFileSync(csv, 'Peñasco ISD,School 1\n');
    await expect(openBatchCsv(csv)).rejects.toThrow(/is the header row missing/);
  });

  it('makes names safe on every file system', () => {
    expect(
      fileNameFor('{{district}}-{{kind}}', { district: '../../etc/passwd', kind: 'self-assessment' }, 'pdf'),
    ).toBe('etc_passwd-self-assessment.pdf');
    expect(fileNameFor('{{d}}', { d: 'CON' }, 'pdf')).toBe('_CON.pdf');
    expect(fileNameFor('{{d}}', { d: 'a\u202eb\u0007c:d*e?' }, 'docx')).toBe('abc_d_e_.docx');
    const long = fileNameFor('{{d}}', { d: 'é'.repeat(400) }, 'pdf');
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(150);
    expect(long.endsWith('.pdf')).toBe(true);
    expect(() => fileNameFor('{{district}}', { district: '' }, 'pdf')).toThrow(/no value for "district"/);
  });
});

describe('render --batch', () => {
  it('writes one file per row, kind and format, a manifest with matching hashes, and reports the bad row by line', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'districts.csv'), districtsCsv(40, 17));
    const out = join(dir, 'out');
    const result = runCli(
      [
        'render',
        '2025',
        '--batch',
        join(dir, 'districts.csv'),
        '--out-dir',
        out,
        '--format',
        'html,md',
        '--kind',
        'self-assessment,large-chart',
        '--name',
        '{{district}}-{{kind}}',
      ],
      { timeout: 120_000 },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/line 17: no value for "district" used in the file name pattern/);
    expect(result.stderr).toMatch(/wrote 156 files .*1 row failed \(line 17\)/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.files).toHaveLength(39 * 4);
    expect(manifest.failed).toEqual([expect.objectContaining({ line: 17 })]);
    for (const entry of manifest.files) {
      const bytes = readFileSync(join(out, entry.file));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
    }
    const names = readdirSync(out);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(names).toContain('Smith,-Jones-&-Co-_Unified_-2-self-assessment.html');
    expect(names).toContain('Las_Cruces-3-large-chart.md');
    const html = readFileSync(join(out, 'Peñasco-ISD-4-self-assessment.html'), 'utf8');
    expect(html).toContain('value="Peñasco ISD 4"');
  });

  it('gives the same bytes as a single render of the same row', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'one.csv'), 'district,school\nPeñasco ISD,Escuela Central\n');
    runCli([
      'render',
      '2021',
      '--batch',
      join(dir, 'one.csv'),
      '--out-dir',
      join(dir, 'out'),
      '--kind',
      'action-plan',
      '--format',
      'html',
      '--quiet',
    ]);
    runCli([
      'render',
      '2021',
      '--kind',
      'action-plan',
      '--set',
      'district=Peñasco ISD',
      '--set',
      'school=Escuela Central',
      '-o',
      join(dir, 'single.html'),
    ]);
    const batch = readFileSync(join(dir, 'out', 'Peñasco-ISD-Escuela-Central-action-plan.html'));
    expect(batch.equals(readFileSync(join(dir, 'single.html')))).toBe(true);
  });

  it('refuses, before writing anything, two rows that would give the same file name', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'dup.csv'), 'district,school\nPeñasco ISD,A\nPeñasco ISD,B\n');
    const result = runCli([
      'render',
      '2025',
      '--batch',
      join(dir, 'dup.csv'),
      '--out-dir',
      join(dir, 'out'),
      '--format',
      'md',
      '--name',
      '{{district}}',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/line 3 and line 2 both give Peñasco-ISD\.md/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('stops cleanly on Ctrl-C: exit 130, no temporary or half-written file left', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'many.csv'), districtsCsv(3000));
    const out = join(dir, 'out');
    const child = spawn(
      process.execPath,
      [
        BIN,
        'render',
        '2025',
        '--batch',
        join(dir, 'many.csv'),
        '--out-dir',
        out,
        '--format',
        'html',
        '--quiet',
      ],
      { stdio: 'ignore' },
    );
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(out) && readdirSync(out).length > 20) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    const names = readdirSync(out);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.interrupted).toBe(true);
    expect(manifest.files.length).toBeLessThan(3000);
    // Every file on disk is listed with its hash: nothing half-written slipped through.
    expect(names.filter((n) => n !== 'manifest.json').sort()).toEqual(
      manifest.files.map((f: { file: string }) => f.file).sort(),
    );
    for (const entry of manifest.files) {
      expect(
        createHash('sha256')
          .update(readFileSync(join(out, entry.file)))
          .digest('hex'),
      ).toBe(entry.sha256);
    }
  });
});
