import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import type { BatchFailure } from './plan-batch.js';

/** Rows shown for one problem before the rest are counted; the manifest lists them all. */
export const SHOWN_PER_PROBLEM = 10;
/** Lines at the most for all problems together. */
const SHOWN_IN_ALL = 50;

/**
 * The failed rows as stderr lines, in line order: each distinct problem shown for its first 10 rows,
 * then `… and N more rows with the same problem`, so 493,000 failing rows print a dozen lines, not
 * 493,000.
 */
export function failureLines(failures: BatchFailure[]): string[] {
  const seen = new Map<string, number>();
  const perFile = new Set<string>();
  const lines: string[] = [];
  let hidden = 0;
  for (const failure of failures) {
    const times = (seen.get(failure.error) ?? 0) + 1;
    seen.set(failure.error, times);
    if (failure.file) perFile.add(failure.error);
    if (times > SHOWN_PER_PROBLEM) continue;
    if (lines.length >= SHOWN_IN_ALL) {
      hidden++;
      continue;
    }
    lines.push(
      `line ${failure.line}: ${failure.file ? `${sanitizeForDisplay(failure.file, 200)}: ` : ''}${sanitizeForDisplay(failure.error, 300)}`,
    );
  }
  for (const [error, times] of seen) {
    const more = times - SHOWN_PER_PROBLEM;
    if (more <= 0) continue;
    // A problem of a file (a write, a font) counts files, one of a row (a missing value) counts rows.
    const unit = `${perFile.has(error) ? 'file' : 'row'}${more === 1 ? '' : 's'}`;
    lines.push(
      `… and ${more.toLocaleString('en-US')} more ${unit} with the same problem (${sanitizeForDisplay(error, 120)})`,
    );
  }
  if (hidden) lines.push(`… and ${hidden.toLocaleString('en-US')} more failed rows with other problems`);
  return lines;
}
