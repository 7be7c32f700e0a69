import { basename, extname, join } from 'node:path';
import type { Command } from 'commander';
import { type Diagnostic, UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { extractOnWorkers, extractWorkers } from '../extract/extract-pool.js';
import { type ExtractReply, extractJob } from '../extract/extract-worker.js';
import { printRemarks, worksheetDiagnostic } from '../extract/input-error.js';
import { makeFolder } from '../io/make-folder.js';
import { writeOutput } from '../io/write-output.js';

interface ExtractCommandOptions {
  output?: string;
  outDir?: string;
  rubric?: string;
  force?: boolean;
}

/** `rubricate extract`: filled PDF/DOCX worksheets → responses YAML. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('read the answers out of filled-in PDF, DOCX or saved HTML worksheets into responses YAML')
    .argument('<file...>', 'filled worksheets (.pdf, .docx, .html)')
    .option('-o, --output <file>', 'output file for one worksheet, or - for standard output (the default)')
    .option('--out-dir <dir>', 'write <name>.responses.yaml per worksheet into this folder')
    .option('--rubric <rubric>', 'rubric id, year or YAML file (default: the one the document records)')
    .option('--force', 'overwrite output files that exist')
    .addHelpText(
      'after',
      `
The document must come from the same rubric edition and content it records (rubricate.rubric-hash).
Hostile or damaged files are refused with one line; limits are listed in docs/extract.md.
Exit status: 0 ok, 2 a worksheet could not be read or written.

Examples:
  $ rubricate extract filled.pdf -o responses.yaml
  $ rubricate extract team/*.docx --out-dir responses
  $ rubricate extract old.pdf --rubric rubrics/2021-planning.yaml`,
    )
    .action(async (files: string[], options: ExtractCommandOptions) => {
      const targets = outputTargets(files, options);
      // One clear line when the folder cannot be made, rather than one failure per worksheet.
      if (options.outDir) await makeFolder(options.outDir);
      const failures: Diagnostic[] = [];
      for await (const reply of replies(files, targets, options.rubric)) {
        const file = files[reply.id] as string;
        try {
          if (!reply.ok) throw replyError(reply);
          printRemarks(file, reply.warnings, reply.notes);
          const target = targets[reply.id] as string;
          await writeOutput(target, reply.yaml, { force: options.force ?? false });
          if (target !== '-') process.stderr.write(`wrote ${sanitizeForDisplay(target, 200)}\n`);
        } catch (error) {
          if (!(error instanceof UserError) || files.length === 1) throw error;
          failures.push(worksheetDiagnostic(file, error));
        }
      }
      if (failures.length > 0)
        throw new UserError(
          `${failures.length} of ${files.length} worksheets could not be read`,
          2,
          failures,
        );
    });
}

/**
 * Each worksheet's YAML or error, in input order: read on worker threads when there are many
 * (extract-pool.ts), else one after the other here.
 */
async function* replies(
  files: string[],
  targets: string[],
  rubric: string | undefined,
): AsyncGenerator<ExtractReply> {
  const jobs = files.map((file, index) => ({
    file,
    target: targets[index] as string,
    ...(rubric ? { rubric } : {}),
  }));
  const workers = extractWorkers(files.length);
  if (workers > 0) yield* extractOnWorkers(jobs, workers);
  else for (const [id, job] of jobs.entries()) yield await extractJob({ ...job, id });
}

/** The error a failed reply stands for: the worksheet's UserError, or the internal error as it was. */
function replyError(reply: Exclude<ExtractReply, { ok: true }>): Error {
  if ('user' in reply) return new UserError(reply.user.message, reply.user.exitCode, reply.user.diagnostics);
  const error = new Error(reply.internal.message);
  error.name = reply.internal.name;
  if (reply.internal.stack) error.stack = reply.internal.stack;
  return error;
}

/** One output per input: -o for a single worksheet, --out-dir for any number, standard output by default. */
function outputTargets(files: string[], options: ExtractCommandOptions): string[] {
  if (options.output && options.outDir) throw new UserError('use either -o or --out-dir, not both');
  if (options.outDir) {
    const targets = files.map((f) =>
      join(options.outDir as string, `${basename(f, extname(f))}.responses.yaml`),
    );
    const seen = new Set<string>();
    for (const target of targets) {
      if (seen.has(target))
        throw new UserError(`two worksheets would both be written to ${target}; rename one`);
      seen.add(target);
    }
    return targets;
  }
  if (files.length > 1) throw new UserError('several worksheets need --out-dir (-o takes one)');
  return [options.output ?? '-'];
}
