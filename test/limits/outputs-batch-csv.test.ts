import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openBatchCsv } from '../../src/batch/read-batch-csv.js';
import { failureLines, SHOWN_PER_PROBLEM } from '../../src/batch/report-failures.js';
import { runCli } from '../helpers/cli.js';

/** Issue 11: the batch CSV is streamed, and repeated row errors are summarised on screen. */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rubricate-batch-csv-'));
});

async function count(rows: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of rows) n++;
  return n;
}

describe('streamed batch CSV', () => {
  it('reads rows across many chunks, a character split between two chunks included', async () => {
    const csv = join(dir, 'chunks.csv');
    // 64 KiB is the read stream's chunk: make "é" (2 bytes) straddle that edge, and many rows follow.
    const head = 'district,school\n';
    const pad = 'x'.repeat(65_536 - head.length - 'A,'.length - 1);
    const rows = Array.from({ length: 5000 }, (_, i) => `D${i},Éé ${i}`);
    writeFileSync(csv, `${head}A,${pad}é\n${rows.join('\n')}\n`);
    const { columns, rows: read } = await openBatchCsv(csv);
    expect(columns).toEqual(['district', 'school']);
    expect(await count(read)).toBe(5001);
  });

  it('names the offset of an invalid byte far into the file', async () => {
    const csv = join(dir, 'latin1.csv');
    const good = Buffer.from(`district,school\n${'A,B\n'.repeat(50_000)}`);
    writeFileSync(csv, Buffer.concat([good, Buffer.from([0x43, 0xe9, 0x2c, 0x44, 0x0a])]));
    const { rows } = await openBatchCsv(csv);
    await expect(count(rows)).rejects.toThrow(
      `${csv}: not UTF-8 (invalid byte at offset ${good.length + 1}); save the CSV as UTF-8`,
    );
  });

  it('refuses a folder or a missing file in one line', async () => {
    await expect(openBatchCsv(dir)).rejects.toThrow(`cannot read the batch file ${dir}`);
    await expect(openBatchCsv(join(dir, 'none.csv'))).rejects.toThrow('cannot read the batch file');
  });
});

describe('clashing names', () => {
  it('stop the plan at the 10th clash: a 165,000-row CSV of one district is refused in one line', () => {
    const csv = join(dir, 'same.csv');
    writeFileSync(csv, `district,school\n${`${'d'.repeat(300)},s\n`.repeat(165_000)}`);
    const out = join(dir, 'same-out');
    const run = runCli(['render', '2020', '--batch', csv, '--out-dir', out, '--format', 'md']);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^rubricate: two rows would write the same file, so nothing was written: line 3 and line 2 both give d+-[0-9a-f]{10}\.md \(and 9 more at least\); add \{\{line\}\}/,
    );
    expect(lines[0]!.length).toBeLessThan(400);
  });
});

describe('repeated row errors', () => {
  it('shows the first 10 rows of a problem, then a count; the manifest lists every row', () => {
    const csv = join(dir, 'failing.csv');
    const lines = ['district,school'];
    for (let i = 0; i < 40; i++) lines.push(`,School ${i}`);
    lines.push('Peñasco ISD,Escuela 1');
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const out = join(dir, 'failing-out');
    const run = runCli([
      'render',
      '2020',
      '--batch',
      csv,
      '--out-dir',
      out,
      '--format',
      'md',
      '--require',
      'district',
    ]);
    expect(run.code).toBe(1);
    const printed = run.stderr.trim().split('\n');
    expect(printed.slice(0, SHOWN_PER_PROBLEM)).toEqual(
      Array.from({ length: SHOWN_PER_PROBLEM }, (_, i) => `line ${i + 2}: missing required value: district`),
    );
    expect(printed[SHOWN_PER_PROBLEM]).toBe(
      '… and 30 more rows with the same problem (missing required value: district)',
    );
    expect(printed).toHaveLength(SHOWN_PER_PROBLEM + 2);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.failed).toHaveLength(40);
    expect(manifest.files).toHaveLength(1);
  });

  it('keeps distinct problems apart and caps the lines for many different ones', () => {
    const failures = [
      ...Array.from({ length: 12 }, (_, i) => ({ line: i + 2, error: 'problem A' })),
      { line: 20, error: 'problem B' },
    ];
    expect(failureLines(failures)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `line ${i + 2}: problem A`),
      'line 20: problem B',
      '… and 2 more rows with the same problem (problem A)',
    ]);
    const distinct = Array.from({ length: 80 }, (_, i) => ({ line: i + 2, error: `problem ${i}` }));
    const lines = failureLines(distinct);
    expect(lines).toHaveLength(51);
    expect(lines.at(-1)).toBe('… and 30 more failed rows with other problems');
  });

  it('escapes control characters of a row error', () => {
    expect(failureLines([{ line: 2, file: 'a\u001b[2Jb.md', error: 'x\u0007' }])).toEqual([
      'line 2: a\\u001b[2Jb.md: x\\u0007',
    ]);
  });
});
