/**
 * One RFC 4180 field: quoted when it holds a comma, quote, CR or LF (quotes doubled). Text starting with
 * = + - @ or a tab or CR gets a leading apostrophe first, so that a spreadsheet shows it rather than running
 * it as a formula (CSV injection). Numbers are written as they are; null is an empty field.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record, ended with CRLF as RFC 4180 asks. */
export function csvRow(values: readonly (string | number | boolean | null)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
