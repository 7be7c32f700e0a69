import { colors } from '../colors.js';
import type { Diagnostic } from './diagnostic.js';
import { sanitizeForDisplay } from './sanitize.js';

/** Human form, like a compiler: `file:line:col  error  CODE  message`, then the source line and a caret. */
export function formatDiagnostic(d: Diagnostic, source?: string): string {
  // A file name is untrusted text too: an escape sequence in it must not reach the terminal.
  const file = sanitizeForDisplay(d.file, 300);
  const where = d.line > 0 ? `${file}:${d.line}:${d.column}` : file;
  const severity = d.severity === 'error' ? colors.red('error') : colors.yellow('warning');
  const head = `${colors.bold(where)}  ${severity}  ${colors.dim(d.code)}  ${d.message}`;
  const excerpt = source !== undefined && d.line > 0 ? sourceExcerpt(source, d.line, d.column) : '';
  return excerpt ? `${head}\n${excerpt}` : head;
}

function sourceExcerpt(source: string, line: number, column: number): string {
  const text = nthLine(source, line);
  if (text === undefined) return '';
  // Show at most 100 characters around the column, escaped, with a caret under the column.
  const start = Math.max(0, column - 60);
  const shown = text.slice(start, start + 100);
  const safe = sanitizeForDisplay(shown, 100);
  const caretAt = Math.min(
    sanitizeForDisplay(shown.slice(0, Math.max(0, column - 1 - start)), 100).length,
    safe.length,
  );
  const gutter = `${String(line).padStart(5)} | `;
  return `${colors.dim(gutter)}${safe}\n${' '.repeat(gutter.length + caretAt)}${colors.red('^')}`;
}

/** Line starts of the last source shown: a file with many problems is scanned once, not once for each. */
let indexed: { source: string; starts: number[] } | undefined;

function nthLine(source: string, line: number): string | undefined {
  if (indexed?.source !== source) {
    const starts = [0];
    for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) starts.push(at + 1);
    indexed = { source, starts };
  }
  const start = indexed.starts[line - 1];
  if (start === undefined) return undefined;
  const end = source.indexOf('\n', start);
  return source.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
}

/** The `--json` form: a stable array of diagnostics with fixed key order. */
export function diagnosticsToJson(diagnostics: readonly Diagnostic[]): string {
  const rows = diagnostics.map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.pointer !== undefined ? { pointer: d.pointer } : {}),
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
