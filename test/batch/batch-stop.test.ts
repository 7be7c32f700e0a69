import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, hasStackTrace } from '../helpers/cli.js';

/**
 * Issue 11: a batch that cannot write stops, lists what was and was not written, and leaves no file the
 * manifest does not name; SIGHUP is handled like Ctrl-C. The write errors are real ones: the shell's
 * `ulimit -f` makes every write past the limit fail with EFBIG (Node ignores SIGXFSZ), the same path a full
 * disk (ENOSPC) takes, without root or a special file system.
 */
function rowsCsv(dir: string, rows: number): string {
  const csv = join(dir, 'rows.csv');
  const lines = ['district,school'];
  for (let i = 1; i <= rows; i++) lines.push(`District ${i},School ${i}`);
  writeFileSync(csv, `${lines.join('\n')}\n`);
  return csv;
}

/** The CLI under a file-size limit in blocks (512 or 1024 bytes, by shell). */
function withFileLimit(blocks: number, args: string[]) {
  const result = spawnSync(
    'sh',
    ['-c', `ulimit -f ${blocks} && exec "$0" "$@"`, process.execPath, BIN, ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 120_000,
    },
  );
  return { code: result.status, stderr: result.stderr };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

interface Manifest {
  complete: boolean;
  writeError?: string;
  files: { file: string; sha256: string }[];
  failed: { line: number; file?: string; error: string }[];
}

describe('a batch that cannot write', () => {
  it('stops at the first failed write, lists every job as written or not, and leaves only listed files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rubricate-batch-efbig-'));
    const out = join(dir, 'out');
    // Markdown worksheets (~13 KB) fit under 100 blocks, PDFs (~220 KB) do not.
    const run = withFileLimit(100, [
      'render',
      '2020',
      '--batch',
      rowsCsv(dir, 10),
      '--out-dir',
      out,
      '--format',
      'md,pdf',
    ]);
    expect(run.code, run.stderr).toBe(2);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(run.stderr).toMatch(
      /^stopped, cannot write to .*: the file is larger than allowed here \(EFBIG\); wrote \d+ files? /m,
    );
    const manifest: Manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.complete).toBe(false);
    expect(manifest.writeError).toBe('the file is larger than allowed here (EFBIG)');
    // Every one of the 20 jobs is either written or listed as failed / not written.
    const listed = [...manifest.files.map((f) => f.file), ...manifest.failed.map((f) => f.file)];
    expect(new Set(listed).size).toBe(20);
    expect(
      manifest.failed.some((f) => f.error === 'cannot write: the file is larger than allowed here (EFBIG)'),
    ).toBe(true);
    expect(manifest.failed.some((f) => f.error.startsWith('not written: the batch stopped'))).toBe(true);
    // On disk: the manifest and exactly the files it lists, whole; no hidden temporary file.
    const names = readdirSync(out);
    expect(names.filter((n) => n !== 'manifest.json').sort()).toEqual(
      manifest.files.map((f) => f.file).sort(),
    );
    for (const entry of manifest.files) expect(sha256(join(out, entry.file))).toBe(entry.sha256);
    expect(names.filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('says clearly when not even manifest.json can be written, and leaves no file at all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rubricate-batch-efbig0-'));
    const out = join(dir, 'out');
    const run = withFileLimit(0, [
      'render',
      '2020',
      '--batch',
      rowsCsv(dir, 4),
      '--out-dir',
      out,
      '--format',
      'md',
    ]);
    expect(run.code, run.stderr).toBe(2);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(run.stderr).toContain('rubricate: manifest.json could not be written (cannot write');
    expect(run.stderr).toContain('the files written are:');
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('render --batch --force', () => {
  it('replaces files but not a folder where a file would go: that row fails, the others are written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rubricate-batch-force-'));
    const out = join(dir, 'out');
    const csv = rowsCsv(dir, 3);
    const args = ['render', '2020', '--batch', csv, '--out-dir', out, '--format', 'md', '--force'];
    expect(spawnSync(process.execPath, [BIN, ...args]).status).toBe(0);
    rmSync(join(out, 'District-2-School-2-self-assessment.md'));
    mkdirSync(join(out, 'District-2-School-2-self-assessment.md'));
    const again = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(1);
    expect(again.stderr).toContain('line 3: District-2-School-2-self-assessment.md: ');
    expect(again.stderr).toContain('is a folder, not a regular file');
    const manifest: Manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f) => f.file)).toEqual([
      'District-1-School-1-self-assessment.md',
      'District-3-School-3-self-assessment.md',
    ]);
    expect(readdirSync(join(out, 'District-2-School-2-self-assessment.md'))).toEqual([]);
  });
});

describe('the terminal closing (SIGHUP)', () => {
  it('stops like Ctrl-C: exit 130, a manifest naming every file on disk, no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rubricate-batch-hup-'));
    const out = join(dir, 'out');
    const child = spawn(
      process.execPath,
      [BIN, 'render', '2020', '--batch', rowsCsv(dir, 3000), '--out-dir', out, '--format', 'md'],
      { stdio: 'ignore' },
    );
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(out) && readdirSync(out).length > 10) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
    });
    child.kill('SIGHUP');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.interrupted).toBe(true);
    const names = readdirSync(out);
    expect(names.filter((n) => n.startsWith('.'))).toEqual([]);
    expect(names.filter((n) => n !== 'manifest.json').sort()).toEqual(
      manifest.files.map((f: { file: string }) => f.file).sort(),
    );
  }, 120_000);
});
