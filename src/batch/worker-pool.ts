import { Worker } from 'node:worker_threads';
import type { RenderSettings } from './render-one.js';
import type { WorkerJob, WorkerReply } from './render-worker.js';

/**
 * One render worker: `render` answers with the worker's reply to that job or rejects if the worker dies.
 * A worker may be given a second job before it answers the first, so that it never waits while the main
 * thread puts a finished file in place and reads the next row.
 */
export class RenderWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<
    number,
    { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }
  >();
  /** Resolves once the rubric is loaded; rejects if the worker fails before. */
  readonly ready: Promise<void>;
  dead = false;

  constructor(rubricPath: string, settings: RenderSettings) {
    this.worker = new Worker(new URL('./render-worker.js', import.meta.url), {
      workerData: { rubricPath, settings },
      // A document is a burst of short-lived objects; a larger young generation means fewer scavenges
      // (about 10% less CPU per PDF measured) at a fixed cost of some MB per worker (more
      // kept peak memory of a 1,000-row batch above 300 MB).
      resourceLimits: { maxYoungGenerationSizeMb: 24 },
    });
    let started: (() => void) | undefined;
    let failed: ((error: Error) => void) | undefined;
    this.ready = new Promise<void>((resolve, reject) => {
      started = resolve;
      failed = reject;
    });
    this.worker.on('message', (reply: WorkerReply | { ready: true }) => {
      if ('ready' in reply) return started!();
      const pending = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      pending?.resolve(reply);
    });
    const die = (error: Error) => {
      this.dead = true;
      failed!(error);
      const pending = [...this.pending.values()];
      this.pending.clear();
      for (const job of pending) job.reject(error);
    };
    this.worker.on('error', die);
    this.worker.on('exit', () => die(new Error('the worker stopped')));
  }

  render(job: WorkerJob): Promise<WorkerReply> {
    if (this.dead) return Promise.reject(new Error('the worker stopped'));
    return new Promise<WorkerReply>((resolve, reject) => {
      this.pending.set(job.id, { resolve, reject });
      this.worker.postMessage(job);
    });
  }

  async stop(): Promise<void> {
    this.dead = true;
    await this.worker.terminate();
  }
}
