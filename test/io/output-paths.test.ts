import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../helpers/cli.js';

/**
 * Issue 11, outputs: every command that writes refuses an output location it cannot use with one line
 * that names the path and the reason, exit 2; never "internal error" (exit 70), never a hang.
 * Read-only: tests run as root, which chmod does not stop, so /sys (read-only to root too) and /proc
 * (which takes no new folders) stand in for a read-only file system.
 */
let dir: string;
let file: string;
let worksheet: string;
let csv: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rubricate-output-paths-'));
  file = join(dir, 'plain-file');
  writeFileSync(file, 'not a folder\n');
  csv = join(dir, 'rows.csv');
  writeFileSync(csv, 'district,school\nPeñasco ISD,Escuela 1\n');
  worksheet = join(dir, 'worksheet.html');
  const made = runCli(['render', '2020', '-f', 'html', '-o', worksheet]);
  expect(made.code, made.stderr).toBe(0);
});

/** One line on stderr that names `path`, exit 2, nothing written under the plain file. */
function expectRefused(args: string[], path: string, reason: RegExp): void {
  const result = runCli(args, { timeout: 60_000 });
  expect(result.code, result.stderr).toBe(2);
  expect(hasStackTrace(result.stderr)).toBe(false);
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toContain(path);
  expect(lines[0]).toMatch(reason);
}

const NOT_A_FOLDER = /is a file, not a folder/;
const READ_ONLY = /permission denied|not permitted|read-only|does not allow new folders/;

describe('an output folder that cannot be made', () => {
  it('render -o under a file', () => {
    expectRefused(['render', '2025', '-o', join(file, 'x.pdf')], file, NOT_A_FOLDER);
  });

  it('render -o two levels under a file', () => {
    expectRefused(['render', '2025', '-o', join(file, 'd', 'x.pdf')], file, NOT_A_FOLDER);
  });

  it('render -o on a read-only file system, and under /proc (where Node’s recursive mkdir never returns)', () => {
    expectRefused(['render', '2025', '-o', '/sys/rubricate-test.pdf'], '/sys/rubricate-test.pdf', READ_ONLY);
    expectRefused(['render', '2025', '-o', '/proc/rubricate-test/x.pdf'], '/proc/rubricate-test', READ_ONLY);
  });

  it('render --batch --out-dir that is a file, under a file, or read-only', () => {
    const batch = ['render', '2020', '--batch', csv, '--format', 'md', '--out-dir'];
    expectRefused([...batch, file], file, NOT_A_FOLDER);
    expectRefused([...batch, join(file, 'D')], file, NOT_A_FOLDER);
    expectRefused([...batch, '/sys/rubricate-test-out'], '/sys/rubricate-test-out', READ_ONLY);
    expectRefused([...batch, '/proc/rubricate-test/out'], '/proc/rubricate-test/out', READ_ONLY);
  });

  it('init -o under a file', () => {
    expectRefused(['init', '2025', '-o', join(file, 'x.yaml')], file, NOT_A_FOLDER);
  });

  it('extract --out-dir under a file, and -o under a file', () => {
    expectRefused(['extract', worksheet, '--out-dir', join(file, 'D')], file, NOT_A_FOLDER);
    expectRefused(['extract', worksheet, '-o', join(file, 'x.yaml')], file, NOT_A_FOLDER);
  });

  it('score -o under a file, and on a read-only file system', () => {
    expectRefused(['score', 'examples/2025-team', '-o', join(file, 'r.json')], file, NOT_A_FOLDER);
    expectRefused(['score', 'examples/2025-team', '-o', '/sys/r.json'], '/sys/r.json', READ_ONLY);
  });

  it('diff -o and diff --crosswalk under a file', () => {
    expectRefused(['diff', '2020', '2025', '-o', join(file, 'd.md')], file, NOT_A_FOLDER);
    expectRefused(['diff', '2020', '2025', '--crosswalk', join(file, 'c.yaml')], file, NOT_A_FOLDER);
  });

  it('an output name too long for the file system', () => {
    const long = join(dir, `${'n'.repeat(300)}.pdf`);
    expectRefused(['render', '2025', '-o', long], 'nnnnnnnn', /too long/);
  });
});

describe('a pattern that is not a valid glob', () => {
  it("score 'x[z-a].yaml' is one diagnostic naming the pattern, exit 2 (was a SyntaxError, exit 70)", () => {
    const run = runCli(['score', join(dir, 'x[z-a].yaml')]);
    expect(run.code, run.stderr).toBe(2);
    expect(hasStackTrace(run.stderr)).toBe(false);
    const [problem] = run.stderr.trim().split('\n');
    expect(problem).toContain('x[z-a].yaml  error  input/bad-glob  not a valid glob: a [...] range in');
  });
});

describe('--force replaces only a regular file', () => {
  it('refuses a folder, a FIFO and a symbolic link, and leaves each as it was', () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    expectRefused(['render', '2025', '-o', folder, '-f', 'pdf', '--force'], folder, /is a folder/);
    expect(readdirSync(folder)).toEqual([]);
    const fifo = join(dir, 'a-fifo');
    const made = runCli(['render', '2025', '-o', join(dir, 'seed.pdf')]);
    expect(made.code).toBe(0);
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expectRefused(['init', '2025', '-o', fifo, '--force'], fifo, /is a FIFO/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    const link = join(dir, 'a-link.yaml');
    symlinkSync(join(dir, 'seed.pdf'), link);
    expectRefused(['init', '2025', '-o', link, '--force'], link, /is a symbolic link/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('replaces a regular file, and leaves no temporary file beside it', () => {
    const target = join(dir, 'replace', 'r.yaml');
    expect(runCli(['init', '2025', '-o', target]).code).toBe(0);
    expect(runCli(['init', '2025', '-o', target]).code).toBe(2);
    const forced = runCli(['init', '2021', '-o', target, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readdirSync(join(dir, 'replace'))).toEqual(['r.yaml']);
    expect(existsSync(target)).toBe(true);
  });
});
