// Runs one command as a whole process and measures its wall time and peak memory (VmHWM from /proc,
// polled while it runs; null where /proc is missing).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

function peakKb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return null;
  }
}

/** Runs `argv` once; resolves { ms, peakMb, code, stderr }. */
export function measure(argv, { cwd, env } = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let peak = 0;
    child.stderr.on('data', (d) => {
      if (stderr.length < 4000) stderr += d;
    });
    const poll = setInterval(() => {
      const kb = peakKb(child.pid);
      if (kb) peak = Math.max(peak, kb);
    }, 3);
    child.on('exit', (code) => {
      clearInterval(poll);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ ms, peakMb: peak ? peak / 1024 : null, code, stderr });
    });
  });
}
