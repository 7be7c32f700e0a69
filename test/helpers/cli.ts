import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/rubricate.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when the time limit ran out and the CLI was killed. */
  timedOut: boolean;
}

/** Runs the built CLI (npm test builds first) in a child process, without colour, with a time limit. */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string; timeout?: number } = {},
): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeout ?? 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', timedOut };
}

/** True when the output looks like an uncaught exception (a stack frame line). */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+\(.+:\d+:\d+\)$/m.test(text) || /internal error/.test(text);
}
