import { UserError } from '../diagnostics/diagnostic.js';

/** Collects repeated `--set key=value` options. */
export function collectSet(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const at = value.indexOf('=');
  if (at <= 0) throw new UserError(`--set expects key=value, got "${value}"`);
  const key = value.slice(0, at).trim();
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(key))
    throw new UserError(`--set key "${key}" must be letters, digits, - or _`);
  return { ...previous, [key]: value.slice(at + 1) };
}
