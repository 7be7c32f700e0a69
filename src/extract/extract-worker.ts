import { parentPort } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { UserError } from '../diagnostics/diagnostic.js';
import { schemaAddress } from '../io/schema-address.js';
import { extract } from './extract.js';
import { responsesToYaml } from './responses-to-yaml.js';

/** One worksheet to read, and where its YAML will go (for the schema modeline). */
export interface ExtractJob {
  id: number;
  file: string;
  rubric?: string;
  target: string;
}

/** The YAML and messages of one worksheet, or its error (a UserError's parts, or an internal error). */
export type ExtractReply =
  | { id: number; ok: true; yaml: string; notes: string[]; warnings: string[] }
  | { id: number; ok: false; user: { message: string; exitCode: 1 | 2; diagnostics: Diagnostic[] } }
  | { id: number; ok: false; internal: { name: string; message: string; stack?: string } };

/** Reads one worksheet into its YAML text: what `rubricate extract` does per file, but writing it. */
export async function extractJob(job: ExtractJob): Promise<ExtractReply> {
  try {
    const { responses, notes, warnings } = await extract(job.file, job.rubric ? { rubric: job.rubric } : {});
    const yaml = responsesToYaml(responses, schemaAddress('responses.schema.json', job.target));
    return { id: job.id, ok: true, yaml, notes, warnings };
  } catch (error) {
    if (error instanceof UserError) {
      const { message, exitCode, diagnostics } = error;
      return { id: job.id, ok: false, user: { message, exitCode, diagnostics } };
    }
    const { name, message, stack } = error as Error;
    return { id: job.id, ok: false, internal: { name, message, ...(stack ? { stack } : {}) } };
  }
}

// Run as a worker thread (extract-pool.ts): one job per message, answered in turn.
parentPort?.on('message', async (job: ExtractJob) => {
  parentPort!.postMessage(await extractJob(job));
});
