import { resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { offeredKinds } from '../document/build-document.js';
import type { WorksheetKind } from '../document/model.js';
import { writeOutput } from '../io/write-output.js';
import { rubricHash } from '../rubric/content-hash.js';
import type { Rubric } from '../rubric/rubric.generated.js';
import type { Format } from '../writers/index.js';
import { type BatchFailure, batchJobs, planBatch } from './plan-batch.js';
import type { RenderSettings } from './render-one.js';
import { failureLines } from './report-failures.js';
import { type BatchOutcome, runBatch } from './run-batch.js';

export interface BatchCommandOptions {
  rubric: Rubric;
  rubricPath: string;
  csv: string;
  outDir: string;
  kinds: WorksheetKind[];
  formats: Format[];
  pattern?: string;
  required: string[];
  defaults: Record<string, string>;
  settings: RenderSettings;
  force: boolean;
  quiet: boolean;
}

/** Ctrl-C, `kill`, and the terminal closing all stop a batch the same way. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * `render --batch`: one document per CSV row (× kinds × formats), a manifest with each file's SHA-256,
 * a progress bar on a terminal and one summary line otherwise. The CSV is read twice, streamed: once to
 * plan (names, clashes, failing rows), once to render. Returns the exit status: 0, 1 when any row failed,
 * 2 when a write failed and the batch stopped, 130 when interrupted.
 */
export async function renderBatch(options: BatchCommandOptions): Promise<number> {
  const { rubric } = options;
  for (const kind of options.kinds) {
    if (!rubric.worksheets[kind])
      throw new UserError(
        `rubric ${rubric.id} does not offer the ${kind} worksheet; it offers: ${offeredKinds(rubric).join(', ')}`,
      );
  }
  const plan = await planBatch({ ...options, rubricId: rubric.id });
  const bar =
    !options.quiet && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: 'rendering {bar} {value}/{total} files | {eta_formatted} left',
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  bar?.start(plan.jobCount, 0);
  let hungUp = false;
  const onSignal = (signal: NodeJS.Signals) => {
    hungUp ||= signal === 'SIGHUP';
    stop();
  };
  let stop: () => void = () => {};
  const stopSignal = new Promise<void>((resolveStop) => {
    stop = resolveStop;
  });
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  const started = Date.now();
  let outcome: BatchOutcome;
  try {
    outcome = await runBatch({
      rubricPath: options.rubricPath,
      settings: options.settings,
      outDir: options.outDir,
      jobs: batchJobs(options.csv, plan),
      force: options.force,
      stopSignal,
      onProgress: (done) => bar?.update(done),
    });
  } finally {
    for (const signal of STOP_SIGNALS) process.removeListener(signal, onSignal);
    bar?.stop();
  }
  const failures = [...plan.failures, ...outcome.failures].sort((a, b) => a.line - b.line);
  const manifestError = await writeManifest(options, outcome, failures);
  // With the terminal gone there is no one to tell, and writing to it could fail.
  if (!options.quiet && !hungUp) report(outcome, failures, options.outDir, Date.now() - started);
  if (manifestError) {
    process.stderr.write(
      `rubricate: manifest.json could not be written (${manifestError}); the files written are:\n${outcome.written.map((w) => `  ${sanitizeForDisplay(w.file, 200)}`).join('\n')}\n`,
    );
    return 2;
  }
  if (outcome.readError) {
    process.stderr.write(`rubricate: stopped, the CSV changed while the batch ran: ${outcome.readError}\n`);
    return 2;
  }
  if (outcome.writeError) return 2;
  if (outcome.interrupted) return 130;
  return failures.length > 0 ? 1 : 0;
}

/** Writes manifest.json; returns why it could not be written, or undefined. */
async function writeManifest(
  options: BatchCommandOptions,
  outcome: BatchOutcome,
  failures: BatchFailure[],
): Promise<string | undefined> {
  const { rubric } = options;
  const manifest = {
    version: 1,
    rubric: { id: rubric.id, edition: rubric.edition.label, hash: rubricHash(rubric) },
    source: options.csv,
    complete: !outcome.interrupted && !outcome.writeError && !outcome.readError && failures.length === 0,
    interrupted: outcome.interrupted,
    ...(outcome.writeError ? { writeError: outcome.writeError } : {}),
    files: outcome.written.map((w) => ({
      file: w.file,
      line: w.line,
      rubric: rubric.id,
      edition: rubric.edition.label,
      kind: w.kind,
      format: w.format,
      bytes: w.bytes,
      sha256: w.sha256,
    })),
    failed: failures.map((f) => ({ line: f.line, ...(f.file ? { file: f.file } : {}), error: f.error })),
  };
  try {
    await writeOutput(resolve(options.outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, {
      force: true,
    });
    return undefined;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return error.message;
  }
}

function report(outcome: BatchOutcome, failures: BatchFailure[], outDir: string, ms: number): void {
  for (const line of failureLines(failures)) process.stderr.write(`${line}\n`);
  const { written, interrupted, writeError } = outcome;
  const lines = [...new Set(failures.map((f) => f.line))];
  const rows = lines.length;
  const stopped = writeError ? `stopped, cannot write to ${outDir}: ${writeError}; ` : '';
  const summary = `${stopped}${interrupted ? 'interrupted: ' : ''}wrote ${written.length} file${written.length === 1 ? '' : 's'} to ${outDir} in ${(ms / 1000).toFixed(1)} s${rows ? `; ${rows} row${rows === 1 ? '' : 's'} ${writeError ? 'failed or not written' : 'failed'} (line${rows === 1 ? '' : 's'} ${lines.slice(0, 20).join(', ')}${rows > 20 ? ', …' : ''})` : ''}; manifest.json lists them`;
  process.stderr.write(`${summary}\n`);
}
