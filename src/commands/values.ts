import { UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { valueTooLong } from '../document/value-limit.js';

/** Collects repeated `--set key=value` options. */
export function collectSet(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const at = value.indexOf('=');
  if (at <= 0) throw new UserError(`--set expects key=value, got "${sanitizeForDisplay(value, 60)}"`);
  const key = value.slice(0, at).trim();
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(key))
    throw new UserError(`--set key "${sanitizeForDisplay(key, 60)}" must be letters, digits, - or _`);
  const text = value.slice(at + 1);
  const tooLong = valueTooLong(text);
  if (tooLong) throw new UserError(`--set ${key}: the value ${tooLong}`);
  return { ...previous, [key]: text };
}
