import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import { placeFile, refuseSpecial } from '../../src/io/place-file.js';
import { writeOutput } from '../../src/io/write-output.js';
import { BIN } from '../helpers/cli.js';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'rubricate-no-clobber-'));
}

/** Runs the CLI without waiting, so that many run at once. */
function spawnCli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('no-clobber is atomic', () => {
  it('of 20 concurrent `init 2025 -o same.yaml`, exactly one succeeds and the file is whole', async () => {
    const dir = tmp();
    const target = join(dir, 'same.yaml');
    const results = await Promise.all(
      Array.from({ length: 20 }, () => spawnCli(['init', '2025', '-o', target])),
    );
    const codes = results.map((r) => r.code);
    expect(codes.filter((c) => c === 0)).toHaveLength(1);
    expect(codes.filter((c) => c === 2)).toHaveLength(19);
    for (const r of results.filter((x) => x.code === 2))
      expect(r.stderr.trim()).toBe(`rubricate: ${target} already exists; use --force to overwrite it`);
    expect(parse(readFileSync(target, 'utf8')).rubric).toBe('2025-large-chart');
    expect(readdirSync(dir)).toEqual(['same.yaml']);
  }, 120_000);

  it('writeOutput without force fails when the file appears between the check and the write', async () => {
    const dir = tmp();
    const target = join(dir, 'race.txt');
    const temporary = join(dir, '.t.tmp');
    writeFileSync(temporary, 'mine');
    writeFileSync(target, 'theirs');
    await expect(placeFile(temporary, target, false)).rejects.toThrow('already exists; use --force');
    expect(readFileSync(target, 'utf8')).toBe('theirs');
    expect(readdirSync(dir)).toEqual(['race.txt']);
  });
});

describe('--force replaces only regular files', () => {
  it('refuses a device without touching it (/dev/null is checked, never written)', async () => {
    await expect(refuseSpecial('/dev/null')).rejects.toThrow(
      '/dev/null is a device, not a regular file; --force replaces only files, so nothing was written',
    );
    await expect(refuseSpecial('/dev/null')).rejects.toBeInstanceOf(UserError);
  });

  it('refuses a folder, and accepts a regular file or nothing', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'folder'));
    await expect(writeOutput(join(dir, 'folder'), 'x', { force: true })).rejects.toThrow('is a folder');
    writeFileSync(join(dir, 'file'), 'old');
    await writeOutput(join(dir, 'file'), 'new', { force: true });
    expect(readFileSync(join(dir, 'file'), 'utf8')).toBe('new');
    await expect(refuseSpecial(join(dir, 'absent'))).resolves.toBeUndefined();
    expect(readdirSync(dir).sort()).toEqual(['file', 'folder']);
  });
});
