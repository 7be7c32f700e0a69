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
import { type BatchFailure, planBatch } from './plan-batch.js';
import { readBatchCsv } from './read-batch-csv.js';
import type { RenderSettings } from './render-one.js';
import { runBatch, type WrittenFile } from './run-batch.js';

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

/**
 * `render --batch`: one document per CSV row (× kinds × formats), a manifest with each file's SHA-256,
 * a progress bar on a terminal and one summary line otherwise. Returns the exit status: 0, 1 when any row
 * failed, 130 when interrupted.
 */
export async function renderBatch(options: BatchCommandOptions): Promise<number> {
  const { rubric } = options;
  for (const kind of options.kinds) {
    if (!rubric.worksheets[kind])
      throw new UserError(
        `rubric ${rubric.id} does not offer the ${kind} worksheet; it offers: ${offeredKinds(rubric).join(', ')}`,
      );
  }
  const { columns, rows } = readBatchCsv(options.csv);
  const pattern = options.pattern ?? defaultPattern(columns);
  const { jobs, failures: planned } = planBatch({ ...options, rows, columns, pattern, rubricId: rubric.id });
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
  bar?.start(jobs.length, 0);
  let onSigint: (() => void) | undefined;
  const stopSignal = new Promise<void>((resolveStop) => {
    onSigint = () => resolveStop();
    process.once('SIGINT', onSigint);
    process.once('SIGTERM', onSigint);
  });
  const started = Date.now();
  const outcome = await runBatch({
    rubricPath: options.rubricPath,
    settings: options.settings,
    outDir: options.outDir,
    jobs,
    stopSignal,
    onProgress: (done) => bar?.update(done),
  });
  process.removeListener('SIGINT', onSigint!);
  process.removeListener('SIGTERM', onSigint!);
  bar?.stop();
  const failures = [...planned, ...outcome.failures].sort((a, b) => a.line - b.line);
  const finished = new Set([...outcome.written.map((w) => w.file), ...outcome.failures.map((f) => f.file)]);
  if (!outcome.interrupted) {
    for (const job of jobs)
      if (!finished.has(job.file))
        failures.push({ line: job.line, file: job.file, error: 'not rendered: its worker stopped' });
  }
  await writeManifest(options, outcome.written, failures, outcome.interrupted);
  if (!options.quiet)
    report(outcome.written, failures, outcome.interrupted, options.outDir, Date.now() - started);
  if (outcome.interrupted) return 130;
  return failures.length > 0 ? 1 : 0;
}

/** `{{district}}-{{school}}-{{kind}}` from the columns present, else `{{line}}-{{kind}}`. */
function defaultPattern(columns: string[]): string {
  const naming = ['district', 'school', 'team'].filter((c) => columns.includes(c));
  return `${naming.length ? naming.map((c) => `{{${c}}}`).join('-') : '{{line}}'}-{{kind}}`;
}

async function writeManifest(
  options: BatchCommandOptions,
  written: WrittenFile[],
  failures: BatchFailure[],
  interrupted: boolean,
): Promise<void> {
  const manifest = {
    version: 1,
    rubric: {
      id: options.rubric.id,
      edition: options.rubric.edition.label,
      hash: rubricHash(options.rubric),
    },
    source: options.csv,
    complete: !interrupted && failures.length === 0,
    interrupted,
    files: written.map((w) => ({
      file: w.file,
      line: w.line,
      rubric: options.rubric.id,
      edition: options.rubric.edition.label,
      kind: w.kind,
      format: w.format,
      bytes: w.bytes,
      sha256: w.sha256,
    })),
    failed: failures.map((f) => ({ line: f.line, ...(f.file ? { file: f.file } : {}), error: f.error })),
  };
  await writeOutput(resolve(options.outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, {
    force: true,
  });
}

function report(
  written: WrittenFile[],
  failures: BatchFailure[],
  interrupted: boolean,
  outDir: string,
  ms: number,
): void {
  for (const failure of failures) {
    process.stderr.write(
      `line ${failure.line}: ${failure.file ? `${failure.file}: ` : ''}${sanitizeForDisplay(failure.error, 300)}\n`,
    );
  }
  const lines = new Set(failures.map((f) => f.line));
  const summary = `${interrupted ? 'interrupted: ' : ''}wrote ${written.length} file${written.length === 1 ? '' : 's'} to ${outDir} in ${(ms / 1000).toFixed(1)} s${failures.length ? `; ${lines.size} row${lines.size === 1 ? '' : 's'} failed (line${lines.size === 1 ? '' : 's'} ${[...lines].slice(0, 20).join(', ')}${lines.size > 20 ? ', …' : ''})` : ''}; manifest.json lists them`;
  process.stderr.write(`${summary}\n`);
}
