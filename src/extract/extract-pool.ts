import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtractJob, ExtractReply } from './extract-worker.js';

/** Worksheets read ahead of the one being written, at most: bounds the replies held in memory. */
const WINDOW = 64;
/** Jobs given to a worker at once, so it never waits while the main thread writes a file. */
const JOBS_PER_WORKER = 2;

/** How many worker threads read `count` worksheets: one per core, none for a few files or one core. */
export function extractWorkers(count: number): number {
  const cores = availableParallelism();
  return count >= 8 && cores > 1 ? Math.min(cores, Math.ceil(count / 4)) : 0;
}

interface Slot {
  worker: Worker;
  inFlight: Set<number>;
  dead: boolean;
}

/**
 * Reads the jobs on `workers` threads and yields the replies in job order, so the caller writes files and
 * prints messages exactly as a sequential run would. A worker that dies fails its jobs as internal errors.
 */
export async function* extractOnWorkers(
  jobs: Omit<ExtractJob, 'id'>[],
  workers: number,
): AsyncGenerator<ExtractReply> {
  const replies = new Map<number, ExtractReply>();
  let wake: (() => void) | undefined;
  let next = 0;
  let yielded = 0;
  const settle = (reply: ExtractReply) => {
    replies.set(reply.id, reply);
    wake?.();
  };
  const fill = (slot: Slot) => {
    while (
      !slot.dead &&
      slot.inFlight.size < JOBS_PER_WORKER &&
      next < Math.min(jobs.length, yielded + WINDOW)
    ) {
      const id = next++;
      slot.inFlight.add(id);
      slot.worker.postMessage({ ...(jobs[id] as Omit<ExtractJob, 'id'>), id } satisfies ExtractJob);
    }
  };
  const pool: Slot[] = Array.from({ length: workers }, () => {
    const slot: Slot = { worker: startWorker(), inFlight: new Set(), dead: false };
    slot.worker.on('message', (reply: ExtractReply) => {
      slot.inFlight.delete(reply.id);
      settle(reply);
      fill(slot);
    });
    const die = (error: Error) => {
      slot.dead = true;
      for (const id of slot.inFlight) settle(internal(id, error));
      slot.inFlight.clear();
      // With no worker left, the jobs not yet given out fail the same way.
      if (pool.every((s) => s.dead)) while (next < jobs.length) settle(internal(next++, error));
    };
    slot.worker.on('error', die);
    slot.worker.on('exit', () => die(new Error('the extract worker stopped')));
    return slot;
  });
  for (const slot of pool) fill(slot);
  try {
    while (yielded < jobs.length) {
      const reply = replies.get(yielded);
      if (!reply) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      replies.delete(yielded);
      yield reply;
      yielded++;
      for (const slot of pool) fill(slot);
    }
  } finally {
    for (const slot of pool) slot.dead = true;
    await Promise.all(pool.map((slot) => slot.worker.terminate()));
  }
}

function startWorker(): Worker {
  return new Worker(new URL('./extract-worker.js', import.meta.url), {
    // A worksheet is a burst of short-lived objects: a larger young generation means fewer scavenges.
    resourceLimits: { maxYoungGenerationSizeMb: 24 },
  });
}

function internal(id: number, error: Error): ExtractReply {
  return { id, ok: false, internal: { name: error.name, message: error.message } };
}
