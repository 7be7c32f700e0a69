import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { checkUtf8Stream } from './check-utf8-stream.js';

/** The longest CSV record (row) read, in bytes: far above any row of values within MAX_VALUE_LENGTH. */
export const MAX_RECORD_BYTES = 1 << 20;

/** One data row of a batch CSV: its line number in the file (where the record starts) and its values. */
export interface BatchRow {
  line: number;
  values: Record<string, string>;
}

/** A batch CSV being read: its header, and its rows one at a time. */
export interface BatchCsv {
  columns: string[];
  rows: AsyncGenerator<BatchRow>;
}

type Parsed = { record: Record<string, string>; info: { lines: number; empty_lines: number } };

/**
 * Opens a batch CSV and streams it with a real parser (csv-parse), so memory holds the rows in flight,
 * not the file: a header row is required; quoted fields with commas, quotes and newlines; UTF-8 with or
 * without BOM. Values are trimmed; empty lines are skipped. Reading it again reads the same rows.
 */
export async function openBatchCsv(path: string): Promise<BatchCsv> {
  await checkReadable(path);
  let columns: string[] = [];
  const parser = parse({
    bom: true,
    columns: (header: string[]) => {
      columns = checkHeader(header, path);
      return columns;
    },
    info: true,
    skip_empty_lines: true,
    trim: true,
    relax_column_count: false,
    max_record_size: MAX_RECORD_BYTES,
  });
  pipeline(createReadStream(path), checkUtf8Stream(path), parser, () => {});
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<Parsed>;
  const first = await nextRecord(records, path);
  if (first.done) {
    parser.destroy();
    throw new UserError(`${path}: no data rows below the header`);
  }
  return { columns, rows: rowsOf(first.value, records, parser, path) };
}

async function* rowsOf(
  first: Parsed,
  records: AsyncIterator<Parsed>,
  parser: { destroy(): void },
  path: string,
): AsyncGenerator<BatchRow> {
  let previousEnd = 1;
  let previousEmpty = 0;
  // csv-parse counts a CR LF inside a quoted value as two lines; an editor shows one.
  let quotedCrlf = 0;
  try {
    for (let parsed: Parsed | undefined = first; parsed; ) {
      const { record, info } = parsed;
      const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
      for (const value of Object.values(record)) quotedCrlf += value.split('\r\n').length - 1;
      previousEnd = info.lines - quotedCrlf;
      previousEmpty = info.empty_lines;
      const values: Record<string, string> = Object.create(null);
      for (const [key, value] of Object.entries(record)) values[key] = value;
      yield { line, values };
      const next = await nextRecord(records, path);
      parsed = next.done ? undefined : next.value;
    }
  } finally {
    parser.destroy();
  }
}

async function nextRecord(records: AsyncIterator<Parsed>, path: string): Promise<IteratorResult<Parsed>> {
  try {
    return await records.next();
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (error instanceof CsvError && error.code === 'CSV_MAX_RECORD_SIZE')
      throw new UserError(
        `${path}:${(error as unknown as { lines: number }).lines}: refused: a row longer than ${MAX_RECORD_BYTES.toLocaleString('en-US')} bytes; template values are limited to 2,000 characters each (limits: docs/limits.md)`,
      );
    throw new UserError(`${path}: ${sanitizeForDisplay((error as Error).message, 200)}`);
  }
}

/** A missing or unreadable file (or a folder) is one line, before any parsing starts. */
async function checkReadable(path: string): Promise<void> {
  try {
    const handle = await open(path, 'r');
    const isFile = (await handle.stat()).isFile();
    await handle.close();
    if (isFile) return;
  } catch {
    // reported below
  }
  throw new UserError(`cannot read the batch file ${path}`);
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
