import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BatchFailure, BatchJob } from './plan-batch.js';
import type { RenderSettings } from './render-one.js';
import type { WorkerJob, WorkerReply } from './render-worker.js';

/**
 * Jobs sent to a worker at a time. Two let a worker render the next while its last file is written, but
 * measured no faster on two cores and held more memory; so one, and memory stays flat.
 */
const JOBS_PER_WORKER = 1;

export interface WrittenFile {
  file: string;
  line: number;
  kind: string;
  format: string;
  sha256: string;
  bytes: number;
}

export interface BatchOutcome {
  written: WrittenFile[];
  failures: BatchFailure[];
  interrupted: boolean;
}

export interface RunOptions {
  rubricPath: string;
  settings: RenderSettings;
  outDir: string;
  jobs: BatchJob[];
  /** Called after each finished job with (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Resolves when the user asks to stop (Ctrl-C). */
  stopSignal?: Promise<void>;
  workers?: number;
}

/**
 * Renders the jobs on worker threads (one per core), one job in flight per worker so memory stays flat
 * however long the CSV. Each file is written to a temporary name and renamed; when stopped, workers are
 * terminated and the temporary files of unfinished jobs are removed, so no half-written file remains.
 */
export async function runBatch(options: RunOptions): Promise<BatchOutcome> {
  const { jobs, outDir } = options;
  await mkdir(outDir, { recursive: true });
  const written: WrittenFile[] = [];
  const failures: BatchFailure[] = [];
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), jobs.length));
  /** Jobs sent and not yet answered, by job id, with the worker each went to. */
  const inFlight = new Map<number, { message: WorkerJob; worker: Worker }>();
  let next = 0;
  let done = 0;
  let stopped = false;
  const workerUrl = new URL('./render-worker.js', import.meta.url);
  const pool: Worker[] = [];

  await new Promise<void>((resolve) => {
    let alive = count;
    const pending = (worker: Worker) => [...inFlight.values()].filter((f) => f.worker === worker).length;
    const finishWorker = (worker: Worker) => {
      void worker.terminate();
      if (--alive === 0) resolve();
    };
    const send = (worker: Worker) => {
      const id = next++;
      const job = jobs[id]!;
      const target = join(outDir, job.file);
      const temporary = join(outDir, `.${basename(job.file)}.${randomBytes(6).toString('hex')}.tmp`);
      const message: WorkerJob = {
        id,
        kind: job.kind,
        format: job.format,
        values: job.values,
        temporary,
        target,
      };
      inFlight.set(id, { message, worker });
      worker.postMessage(message);
    };
    const dispatch = (worker: Worker) => {
      while (!stopped && next < jobs.length && pending(worker) < JOBS_PER_WORKER) send(worker);
      if (pending(worker) === 0) finishWorker(worker);
    };
    options.stopSignal?.then(async () => {
      stopped = true;
      // Temporary files go once no worker can still be writing one.
      await Promise.all(pool.map((worker) => worker.terminate()));
      for (const { message } of inFlight.values()) rmSync(message.temporary, { force: true });
      resolve();
    });
    for (let i = 0; i < count; i++) {
      const worker = new Worker(workerUrl, {
        workerData: { rubricPath: options.rubricPath, settings: options.settings },
        // A document is a burst of short-lived objects; a larger young generation means fewer scavenges
        // (about 10% less CPU per PDF measured) at a fixed cost of some MB per worker (more
        // kept peak memory of a 1,000-row batch above 300 MB).
        resourceLimits: { maxYoungGenerationSizeMb: 24 },
      });
      pool.push(worker);
      worker.on('message', (reply: WorkerReply | { ready: true }) => {
        if ('ready' in reply) return dispatch(worker);
        const job = jobs[reply.id]!;
        const { message } = inFlight.get(reply.id)!;
        inFlight.delete(reply.id);
        if (stopped) {
          if (reply.ok) rmSync(message.temporary, { force: true });
          return;
        }
        const renamed = reply.ok && moveIntoPlace(message, failures, job);
        if (renamed)
          written.push({
            file: job.file,
            line: job.line,
            kind: job.kind,
            format: job.format,
            sha256: reply.sha256,
            bytes: reply.bytes,
          });
        else if (!reply.ok) failures.push({ line: job.line, file: job.file, error: reply.error });
        options.onProgress?.(++done, jobs.length);
        dispatch(worker);
      });
      worker.on('error', (error) => {
        for (const [id, flight] of inFlight) {
          if (flight.worker !== worker) continue;
          rmSync(flight.message.temporary, { force: true });
          failures.push({
            line: jobs[id]!.line,
            file: jobs[id]!.file,
            error: `internal error: ${error.message}`,
          });
          inFlight.delete(id);
        }
        if (!stopped) {
          // The rest of the jobs go to the surviving workers.
          finishWorker(worker);
        }
      });
    }
  });
  const order = (a: { line: number; file?: string }, b: { line: number; file?: string }) =>
    a.line - b.line || (a.file ?? '').localeCompare(b.file ?? '');
  return { written: written.sort(order), failures: failures.sort(order), interrupted: stopped };
}

/** Renames a finished temporary file to its target; a failure is recorded against the job's row. */
function moveIntoPlace(message: WorkerJob, failures: BatchFailure[], job: BatchJob): boolean {
  try {
    renameSync(message.temporary, message.target);
    return true;
  } catch (error) {
    rmSync(message.temporary, { force: true });
    failures.push({ line: job.line, file: job.file, error: `cannot write: ${(error as Error).message}` });
    return false;
  }
}
