import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../diagnostics/diagnostic.js';
import { ioReason } from '../io/io-reason.js';
import { makeFolder } from '../io/make-folder.js';
import { placeFile, temporaryBeside, WriteError } from '../io/place-file.js';
import type { BatchFailure, BatchJob } from './plan-batch.js';
import type { RenderSettings } from './render-one.js';
import { RenderWorker } from './worker-pool.js';

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
  /** Why the batch stopped early because it could not write (disk full, …); unset otherwise. */
  writeError?: string;
  /** Why the CSV could not be read the second time (it changed meanwhile); unset otherwise. */
  readError?: string;
}

export interface RunOptions {
  rubricPath: string;
  settings: RenderSettings;
  outDir: string;
  /** The jobs, read lazily: one is taken only when a worker is free, so memory holds the jobs in flight. */
  jobs: AsyncIterable<BatchJob>;
  /** Replace existing regular files. */
  force: boolean;
  /** Called after each finished job with the number done. */
  onProgress?: (done: number) => void;
  /** Resolves when the user asks to stop (Ctrl-C, SIGTERM, the terminal closed). */
  stopSignal?: Promise<void>;
  workers?: number;
}

/** Jobs given to a worker at once: while it renders one, the main thread places the other's file. */
const JOBS_PER_WORKER = 2;

/**
 * Renders the jobs on worker threads (one per core), two jobs in flight per worker so memory stays flat
 * however long the CSV. Each file is written to a temporary name and put in place; when stopped, workers
 * are terminated and the temporary files of unfinished jobs removed, so no half-written file remains. A
 * write that fails (disk full, …) stops the batch: the jobs not yet done are listed as not written.
 */
export async function runBatch(options: RunOptions): Promise<BatchOutcome> {
  await makeFolder(options.outDir);
  const written: WrittenFile[] = [];
  const failures: BatchFailure[] = [];
  const state: { stopped: boolean; interrupted: boolean; writeError?: string; readError?: string } = {
    stopped: false,
    interrupted: false,
  };
  const source = options.jobs[Symbol.asyncIterator]();
  let taking = Promise.resolve<IteratorResult<BatchJob> | undefined>(undefined);
  // One reader at a time: the CSV is read in order, whichever worker asks.
  const take = () => {
    taking = taking.then(() =>
      source.next().catch((error: Error) => {
        // The CSV changed since it was planned: stop; what was written is still listed.
        state.readError ??= error.message;
        state.stopped = true;
        return { done: true, value: undefined } as const;
      }),
    );
    return taking as Promise<IteratorResult<BatchJob>>;
  };
  const temporaries = new Set<string>();
  const count = Math.max(1, options.workers ?? availableParallelism());
  const pool = Array.from({ length: count }, () => new RenderWorker(options.rubricPath, options.settings));
  void options.stopSignal?.then(() => {
    state.stopped = true;
    state.interrupted = true;
    for (const worker of pool) void worker.stop();
  });
  let done = 0;
  let started = 0;
  const stopForWrite = (job: BatchJob, reason: string) => {
    failures.push({ line: job.line, file: job.file, error: `cannot write: ${reason}` });
    state.writeError ??= reason;
    state.stopped = true;
  };

  const drive = async (worker: RenderWorker): Promise<void> => {
    try {
      await worker.ready;
    } catch {
      return;
    }
    while (!state.stopped) {
      const next = await take();
      if (next.done) return;
      const job = next.value;
      const target = join(options.outDir, job.file);
      const temporary = temporaryBeside(target);
      temporaries.add(temporary);
      try {
        const reply = await worker.render({
          id: started++,
          kind: job.kind,
          format: job.format,
          values: job.values,
          temporary,
          target,
        });
        if (state.interrupted) return;
        if (!reply.ok) {
          if (reply.write) stopForWrite(job, reply.error);
          else failures.push({ line: job.line, file: job.file, error: reply.error });
        } else {
          try {
            await placeFile(temporary, target, options.force);
            written.push({
              file: job.file,
              line: job.line,
              kind: job.kind,
              format: job.format,
              sha256: reply.sha256,
              bytes: reply.bytes,
            });
          } catch (error) {
            // A folder or device where the file would go, or a file made meanwhile: this row only.
            if (error instanceof WriteError) stopForWrite(job, error.reason);
            else if (error instanceof UserError)
              failures.push({ line: job.line, file: job.file, error: error.message });
            else stopForWrite(job, ioReason(error));
          }
        }
      } catch (error) {
        if (!state.interrupted)
          failures.push({
            line: job.line,
            file: job.file,
            error: `internal error: ${(error as Error).message}`,
          });
        return;
      } finally {
        await rm(temporary, { force: true });
        temporaries.delete(temporary);
      }
      options.onProgress?.(++done);
    }
  };
  try {
    await Promise.all(pool.flatMap((worker) => Array.from({ length: JOBS_PER_WORKER }, () => drive(worker))));
  } finally {
    await Promise.all(pool.map((worker) => worker.stop()));
    // Temporary files go once no worker can still be writing one.
    for (const temporary of temporaries) await rm(temporary, { force: true });
  }
  if (!state.interrupted) {
    const why = state.writeError
      ? `not written: the batch stopped because it could not write (${state.writeError})`
      : 'not rendered: its worker stopped';
    for (let next = await take(); !next.done; next = await take())
      failures.push({ line: next.value.line, file: next.value.file, error: why });
  }
  await source.return?.();
  const order = (a: { line: number; file?: string }, b: { line: number; file?: string }) =>
    a.line - b.line || (a.file ?? '').localeCompare(b.file ?? '');
  return {
    written: written.sort(order),
    failures: failures.sort(order),
    interrupted: state.interrupted,
    ...(state.writeError ? { writeError: state.writeError } : {}),
    ...(state.readError ? { readError: state.readError } : {}),
  };
}
