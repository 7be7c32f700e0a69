import { rmSync } from 'node:fs';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const pending = new Set<string>();

/** Removes the temporary files still being written, then lets the signal do what it would have done. */
function onSignal(signal: NodeJS.Signals): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  // Only when no one else (a batch) handles the signal: then end as the signal would have.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

/**
 * Runs `write` with `temporary` removed should Ctrl-C, SIGTERM or SIGHUP (the terminal closed) arrive
 * meanwhile, so no hidden half-written file stays beside the target.
 */
export async function removeOnSignal<T>(temporary: string, write: () => Promise<T>): Promise<T> {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(temporary);
  try {
    return await write();
  } finally {
    pending.delete(temporary);
    if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
  }
}
