import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { firstInvalidUtf8 } from '../yaml/decode-text.js';

/** One data row of a batch CSV: its line number in the file (where the record starts) and its values. */
export interface BatchRow {
  line: number;
  values: Record<string, string>;
}

/**
 * Reads a batch CSV with a real parser: a header row is required; quoted fields with commas, quotes and
 * newlines; UTF-8 with or without BOM. Values are trimmed; empty lines are skipped.
 */
export function readBatchCsv(path: string): { columns: string[]; rows: BatchRow[] } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new UserError(`cannot read the batch file ${path}`);
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0)
    throw new UserError(`${path}: not UTF-8 (invalid byte at offset ${bad}); save the CSV as UTF-8`);
  type Parsed = { record: Record<string, string>; info: { lines: number; empty_lines: number } };
  let parsed: Parsed[];
  try {
    parsed = parse(bytes.toString('utf8'), {
      bom: true,
      columns: (header: string[]) => checkHeader(header, path),
      info: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    }) as unknown as Parsed[];
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${path}: ${sanitizeForDisplay((error as Error).message, 200)}`);
  }
  const columns = parsed.length ? Object.keys(parsed[0]!.record) : [];
  const rows: BatchRow[] = [];
  let previousEnd = 1;
  let previousEmpty = 0;
  // csv-parse counts a CR LF inside a quoted value as two lines; an editor shows one.
  let quotedCrlf = 0;
  for (const { record, info } of parsed) {
    const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
    for (const value of Object.values(record)) quotedCrlf += value.split('\r\n').length - 1;
    previousEnd = info.lines - quotedCrlf;
    previousEmpty = info.empty_lines;
    const values: Record<string, string> = Object.create(null);
    for (const [key, value] of Object.entries(record)) values[key] = value;
    rows.push({ line, values });
  }
  if (rows.length === 0) throw new UserError(`${path}: no data rows below the header`);
  return { columns, rows };
}

function checkHeader(header: string[], path: string): string[] {
  const names = header.map((h) => h.trim());
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (!name)
      throw new UserError(
        `${path}:1: column ${i + 1} has no name; the first row must be a header such as district,school,team,date`,
      );
    if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(name))
      throw new UserError(
        `${path}:1: column name "${sanitizeForDisplay(name, 40)}" must be letters, digits, - or _ (is the header row missing?)`,
      );
    if (seen.has(name)) throw new UserError(`${path}:1: column "${name}" appears twice in the header`);
    seen.add(name);
  });
  return names;
}
