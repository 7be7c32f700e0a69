import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../diagnostics/diagnostic.js';
import type { WorksheetKind } from '../document/model.js';
import type { Format } from '../writers/index.js';
import { collisionKey, fileNameFor } from './file-names.js';
import type { BatchRow } from './read-batch-csv.js';

/** One document to write: a CSV row rendered as one kind in one format. */
export interface BatchJob {
  line: number;
  values: Record<string, string>;
  kind: WorksheetKind;
  format: Format;
  /** File name inside the output folder. */
  file: string;
}

export interface BatchFailure {
  line: number;
  file?: string;
  error: string;
}

export interface PlanOptions {
  rows: BatchRow[];
  columns: string[];
  kinds: WorksheetKind[];
  formats: Format[];
  pattern: string;
  outDir: string;
  rubricId: string;
  /** Columns every row must fill. */
  required: string[];
  defaults: Record<string, string>;
  force: boolean;
}

/**
 * Turns CSV rows into jobs before anything is written: names every file, reports rows that cannot be
 * rendered (a required value missing), and refuses the whole run when two jobs would write the same file
 * or when a file exists and --force was not given.
 */
export function planBatch(options: PlanOptions): { jobs: BatchJob[]; failures: BatchFailure[] } {
  const { rows, columns, kinds, formats, pattern } = options;
  const known = new Set([
    ...columns,
    ...Object.keys(options.defaults),
    'kind',
    'format',
    'row',
    'line',
    'rubric',
  ]);
  for (const key of [...pattern.matchAll(/\{\{\s*([A-Za-z][A-Za-z0-9_-]*)\s*\}\}/g)].map((m) => m[1]!)) {
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
  const jobs: BatchJob[] = [];
  const failures: BatchFailure[] = [];
  const claimed = new Map<string, number>();
  const clashes: string[] = [];
  rows.forEach((row, index) => {
    const values = { ...options.defaults, ...nonEmpty(row.values) };
    const missing = options.required.filter((key) => !values[key]?.trim());
    if (missing.length) {
      failures.push({
        line: row.line,
        error: `missing required value${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`,
      });
      return;
    }
    for (const kind of kinds) {
      for (const format of formats) {
        const nameValues = {
          ...values,
          kind,
          format,
          row: String(index + 1),
          line: String(row.line),
          rubric: options.rubricId,
        };
        let file: string;
        try {
          file = fileNameFor(pattern, nameValues, format);
        } catch (error) {
          const message = (error as Error).message;
          if (!failures.some((f) => f.line === row.line && f.error === message))
            failures.push({ line: row.line, error: message });
          continue;
        }
        const key = collisionKey(file);
        const first = claimed.get(key);
        if (first !== undefined) clashes.push(`line ${row.line} and line ${first} both give ${file}`);
        else claimed.set(key, row.line);
        jobs.push({ line: row.line, values, kind, format, file });
      }
    }
  });
  if (clashes.length) {
    throw new UserError(
      `two rows would write the same file, so nothing was written:\n  ${clashes.slice(0, 10).join('\n  ')}${clashes.length > 10 ? `\n  … and ${clashes.length - 10} more` : ''}\nAdd a distinguishing column to --name, e.g. --name "{{district}}-{{school}}-{{kind}}".`,
    );
  }
  if (!options.force) {
    const existing = jobs.filter((job) => existsSync(join(options.outDir, job.file)));
    if (existing.length)
      throw new UserError(
        `${existing.length} output file(s) already exist in ${options.outDir} (e.g. ${existing[0]!.file}); use --force to overwrite`,
      );
  }
  return { jobs, failures };
}

function nonEmpty(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
}
