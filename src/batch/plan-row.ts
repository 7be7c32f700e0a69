import { UserError } from '../diagnostics/diagnostic.js';
import type { WorksheetKind } from '../document/model.js';
import { valueTooLong } from '../document/value-limit.js';
import type { Format } from '../writers/index.js';
import { fileNameFor } from './file-names.js';
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

/** What every row is planned with. */
export interface RowSettings {
  kinds: WorksheetKind[];
  formats: Format[];
  pattern: string;
  rubricId: string;
  /** Columns every row must fill. */
  required: string[];
  defaults: Record<string, string>;
}

/**
 * The jobs of one row (one per kind and format) and why any of them cannot be rendered: a value too
 * long (naming its column), a required value missing, no value for the file name. A pure function of
 * the row and its index, so both readings of the CSV plan each row the same.
 */
export function planRow(
  row: BatchRow,
  index: number,
  settings: RowSettings,
): { jobs: BatchJob[]; failures: BatchFailure[] } {
  for (const [column, value] of Object.entries(row.values)) {
    const tooLong = valueTooLong(value);
    if (tooLong) return { jobs: [], failures: [{ line: row.line, error: `column "${column}" ${tooLong}` }] };
  }
  const values = { ...settings.defaults, ...nonEmpty(row.values) };
  const missing = settings.required.filter((key) => !values[key]?.trim());
  if (missing.length) {
    const error = `missing required value${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`;
    return { jobs: [], failures: [{ line: row.line, error }] };
  }
  const jobs: BatchJob[] = [];
  const failures: BatchFailure[] = [];
  for (const kind of settings.kinds) {
    for (const format of settings.formats) {
      const nameValues = {
        ...values,
        kind,
        format,
        row: String(index + 1),
        line: String(row.line),
        rubric: settings.rubricId,
      };
      try {
        jobs.push({
          line: row.line,
          values,
          kind,
          format,
          file: fileNameFor(settings.pattern, nameValues, format),
        });
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        if (!failures.some((f) => f.error === error.message))
          failures.push({ line: row.line, error: error.message });
      }
    }
  }
  return { jobs, failures };
}

function nonEmpty(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
}
