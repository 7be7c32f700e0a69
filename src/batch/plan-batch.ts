import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import type { WorksheetKind } from '../document/model.js';
import type { Format } from '../writers/index.js';
import { collisionKey } from './file-names.js';
import { type BatchFailure, type BatchJob, planRow, type RowSettings } from './plan-row.js';
import { openBatchCsv } from './read-batch-csv.js';

export type { BatchFailure, BatchJob } from './plan-row.js';

/** Clashing names found before the plan stops reading and refuses the run. */
const CLASHES_ENOUGH = 10;

export interface PlanOptions {
  csv: string;
  kinds: WorksheetKind[];
  formats: Format[];
  /** The --name pattern; by default from the columns present (defaultPattern). */
  pattern?: string;
  outDir: string;
  rubricId: string;
  /** Columns every row must fill. */
  required: string[];
  defaults: Record<string, string>;
  force: boolean;
}

/** What the first reading of the CSV found: how to plan each row again, how many jobs, which rows fail. */
export interface BatchPlan {
  settings: RowSettings;
  jobCount: number;
  failures: BatchFailure[];
}

/**
 * Reads the CSV once, before anything is written: names every file, collects the rows that cannot be
 * rendered, and refuses the whole run when two jobs would write the same file or a file exists and
 * --force was not given. Memory: a 12-byte digest per file name and one entry per failed row (equal
 * messages shared), never the rows themselves.
 */
export async function planBatch(options: PlanOptions): Promise<BatchPlan> {
  const csv = await openBatchCsv(options.csv);
  const pattern = options.pattern ?? defaultPattern(csv.columns);
  checkColumns(csv.columns, pattern, options);
  const settings: RowSettings = { ...options, pattern };
  const claimed = new Map<string, number>();
  const clashes: string[] = [];
  let clashCount = 0;
  const existing: string[] = [];
  let existingCount = 0;
  const failures: BatchFailure[] = [];
  const messages = new Map<string, string>();
  let jobCount = 0;
  let index = 0;
  for await (const row of csv.rows) {
    // The run is refused anyway: a few clashes are enough to say so, a hostile CSV need not be read to the end.
    if (clashCount >= CLASHES_ENOUGH) break;
    const planned = planRow(row, index++, settings);
    for (const failure of planned.failures) {
      if (!messages.has(failure.error)) messages.set(failure.error, failure.error);
      failures.push({ line: failure.line, error: messages.get(failure.error)! });
    }
    for (const job of planned.jobs) {
      jobCount++;
      const key = nameDigest(job.file);
      const first = claimed.get(key);
      if (first === undefined) claimed.set(key, job.line);
      else if (clashCount++ === 0) clashes.push(`line ${job.line} and line ${first} both give ${job.file}`);
      if (!options.force && existsSync(join(options.outDir, job.file)) && existingCount++ === 0)
        existing.push(job.file);
    }
  }
  if (clashCount) throw clashError(clashes[0]!, clashCount, settings);
  if (existingCount)
    throw new UserError(
      `${existingCount} output file(s) already exist in ${options.outDir} (e.g. ${existing[0]}); use --force to overwrite`,
    );
  return { settings, jobCount, failures };
}

/**
 * 12 bytes of the name's SHA-256 as a 12-character one-byte string: no accidental clash in any CSV, and
 * short enough that V8 keeps it as a flat string (a slice of 13 or more would keep its parent alive).
 */
function nameDigest(file: string): string {
  return createHash('sha256').update(collisionKey(file)).digest().toString('latin1', 0, 12);
}

/** The jobs again, in CSV order, read anew from the file (the second reading; failed rows give none). */
export async function* batchJobs(csvPath: string, plan: BatchPlan): AsyncGenerator<BatchJob> {
  const csv = await openBatchCsv(csvPath);
  let index = 0;
  for await (const row of csv.rows) yield* planRow(row, index++, plan.settings).jobs;
}

/** `{{district}}-{{school}}-{{kind}}` from the columns present, else `{{line}}-{{kind}}`. */
export function defaultPattern(columns: string[]): string {
  const naming = ['district', 'school', 'team'].filter((c) => columns.includes(c));
  return `${naming.length ? naming.map((c) => `{{${c}}}`).join('-') : '{{line}}'}-{{kind}}`;
}

function checkColumns(columns: string[], pattern: string, options: PlanOptions): void {
  const known = new Set([
    ...columns,
    ...Object.keys(options.defaults),
    'kind',
    'format',
    'row',
    'line',
    'rubric',
  ]);
  for (const key of placeholders(pattern)) {
    if (!known.has(key))
      throw new UserError(
        `the name pattern uses {{${key}}} but the CSV has no "${key}" column (columns: ${columns.join(', ')})`,
      );
  }
  for (const key of options.required) {
    if (!columns.includes(key))
      throw new UserError(
        `required column "${key}" is not in the CSV header (columns: ${columns.join(', ')})`,
      );
  }
}

function placeholders(pattern: string): string[] {
  return [...pattern.matchAll(/\{\{\s*([A-Za-z][A-Za-z0-9_-]*)\s*\}\}/g)].map((m) => m[1]!);
}

/**
 * One line: the first clash, how many more, and advice that changes the pattern in use ({{kind}} when
 * kinds clash, {{line}} always tells rows apart) rather than repeating it.
 */
function clashError(first: string, count: number, settings: RowSettings): UserError {
  const used = new Set(placeholders(settings.pattern));
  const stem = settings.pattern.replace(/\.[A-Za-z0-9]+$/, '');
  const extension = settings.pattern.slice(stem.length);
  const added = [
    ...(used.has('line') || used.has('row') ? [] : ['{{line}}']),
    ...(settings.kinds.length > 1 && !used.has('kind') ? ['{{kind}}'] : []),
  ];
  const suggestion = `${stem}${added.map((a) => `-${a}`).join('')}${extension}`;
  const more =
    count >= CLASHES_ENOUGH
      ? ` (and ${count - 1} more at least)`
      : count > 1
        ? ` (and ${count - 1} more)`
        : '';
  const advice = added.length
    ? `add ${added.join(' and ')} (or a column that tells these rows apart) to --name, e.g. --name "${suggestion}"`
    : 'the rows give the same values for every part of --name; make the CSV values differ';
  return new UserError(
    `two rows would write the same file, so nothing was written: ${sanitizeForDisplay(first, 220)}${more}; ${advice}`,
  );
}
