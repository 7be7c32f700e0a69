import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/score/expand-inputs.js';
import { hasStackTrace, runCli } from '../helpers/cli.js';

const EXAMPLE = 'examples/2025-team/tom-becker.yaml';

function folderWithLoops(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rubricate-globs-'));
  copyFileSync(EXAMPLE, join(dir, 'a.yaml'));
  mkdirSync(join(dir, 'sub'));
  copyFileSync('examples/2025-team/aisha-rahman.yaml', join(dir, 'sub', 'b.yaml'));
  symlinkSync('.', join(dir, 'self'));
  symlinkSync('.', join(dir, 'again'));
  symlinkSync('..', join(dir, 'sub', 'back'));
  symlinkSync('sub', join(dir, 'alias'));
  return dir;
}

describe('score globs', () => {
  it('never follows a folder cycle: each real folder is walked once', () => {
    const dir = folderWithLoops();
    expect(expandInputs([`${dir}/**/*.yaml`]).files).toEqual([
      join(dir, 'a.yaml'),
      join(dir, 'sub', 'b.yaml'),
    ]);
    const result = runCli(['score', `${dir}/**/*.yaml`, '-f', 'json'], { timeout: 30_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).respondents).toHaveLength(2);
  });

  it('takes a path that exists as a file, even with glob characters in its name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rubricate-globs-'));
    const file = join(dir, 'team[1].yaml');
    copyFileSync(EXAMPLE, file);
    expect(expandInputs([file]).files).toEqual([file]);
    const result = runCli(['score', file]);
    expect(result.code, result.stderr).toBe(0);
  });

  it('reports an invalid glob as a diagnostic, exit 2 (not an internal error)', () => {
    const result = runCli(['score', 'x[z-a].yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('x[z-a].yaml  error  input/bad-glob  not a valid glob: a [...] range in');
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});
