import { type Diagnostic, UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';

/** A document that cannot be read as a worksheet: one line naming the file and the reason. */
export function rejectInput(file: string, reason: string): UserError {
  return new UserError(`${sanitizeForDisplay(file, 200)}: ${reason}`);
}

/** A document that would exceed a documented resource limit (docs/extract.md); nothing was spent on it. */
export function refuseInput(file: string, reason: string): UserError {
  return new UserError(`${sanitizeForDisplay(file, 200)}: refused: ${reason} (limits: docs/extract.md)`);
}

/** Untrusted text quoted inside a message: escaped and cut short. */
export function quote(text: string, max = 60): string {
  return `"${sanitizeForDisplay(text, max)}"`;
}

/** A byte count for messages, e.g. "1.1 GiB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

/**
 * A worksheet's error as a Diagnostic of the file: `extract/refused` for a resource limit, else
 * `extract/unreadable`; the message without the file name, which the diagnostic carries.
 */
export function worksheetDiagnostic(file: string, error: UserError): Diagnostic {
  const message = error.message.replace(`${sanitizeForDisplay(file, 200)}: `, '');
  const code = message.startsWith('refused: ') ? 'extract/refused' : 'extract/unreadable';
  return { file, line: 0, column: 0, severity: 'error', code, message };
}

/** Prints a worksheet's warnings and notes to standard error, one `warning: FILE: …` line each. */
export function printRemarks(file: string, warnings: readonly string[], notes: readonly string[] = []): void {
  const shown = sanitizeForDisplay(file, 200);
  for (const warning of warnings) process.stderr.write(`warning: ${shown}: ${warning}\n`);
  for (const note of notes) process.stderr.write(`note: ${shown}: ${note}\n`);
}
