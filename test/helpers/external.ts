import { spawnSync } from 'node:child_process';
import { it } from 'vitest';

/** True when every program is on the PATH. */
export function hasPrograms(...programs: string[]): boolean {
  return programs.every((p) => spawnSync('sh', ['-c', `command -v '${p}'`]).status === 0);
}

/**
 * `it` for a test that needs external programs (qpdf, pdftotext, pdftk, …): it runs when they are installed,
 * is skipped on a developer's machine without them, and FAILS when CI=true, so CI never passes by skipping.
 */
export function itWithPrograms(...programs: string[]): typeof it {
  if (hasPrograms(...programs)) return it;
  if (process.env.CI === 'true') {
    const missing = programs.filter((p) => !hasPrograms(p)).join(', ');
    return ((name: string) =>
      it(name, () => {
        throw new Error(`${missing} required in CI but not installed`);
      })) as unknown as typeof it;
  }
  return it.skip;
}

/** Runs a program and returns its stdout; throws with its stderr when it fails. */
export function run(program: string, args: string[], input?: string): string {
  const result = spawnSync(program, args, { encoding: 'utf8', input, timeout: 120_000, maxBuffer: 64 << 20 });
  if (result.status !== 0)
    throw new Error(`${program} ${args.join(' ')} failed: ${result.stderr || result.error}`);
  return result.stdout;
}
