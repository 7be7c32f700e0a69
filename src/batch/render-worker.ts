import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../diagnostics/diagnostic.js';
import type { WorksheetKind } from '../document/model.js';
import { ioReason } from '../io/io-reason.js';
import { rubricHash } from '../rubric/content-hash.js';
import { loadRubric } from '../rubric/load-rubric.js';
import type { Format } from '../writers/index.js';
import { type RenderSettings, renderBytes, writeTemporary } from './render-one.js';

/** A batch worker: loads the rubric once, then renders one document per message into its temporary file. */
export interface WorkerJob {
  id: number;
  kind: WorksheetKind;
  format: Format;
  values: Record<string, string>;
  temporary: string;
  target: string;
}

export type WorkerReply =
  | { id: number; ok: true; sha256: string; bytes: number }
  /** `write`: the file system refused the temporary file (disk full, …), so the batch stops. */
  | { id: number; ok: false; error: string; write?: boolean };

const { rubricPath, settings } = workerData as { rubricPath: string; settings: RenderSettings };
const { loaded } = await loadRubric(rubricPath);
const rubric = loaded!.rubric;
const hash = rubricHash(rubric);

parentPort!.on('message', async (job: WorkerJob) => {
  parentPort!.postMessage(await renderJob(job));
});
parentPort!.postMessage({ ready: true });

async function renderJob(job: WorkerJob): Promise<WorkerReply> {
  let bytes: Uint8Array;
  try {
    bytes = await renderBytes(rubric, hash, job.kind, job.format, job.values, settings);
  } catch (error) {
    const message =
      error instanceof UserError ? error.message : `internal error: ${(error as Error).message}`;
    return { id: job.id, ok: false, error: message };
  }
  try {
    return { id: job.id, ok: true, ...(await writeTemporary(job.temporary, bytes)) };
  } catch (error) {
    return { id: job.id, ok: false, error: ioReason(error), write: true };
  }
}
