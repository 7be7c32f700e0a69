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
  if (tooLong) throw new UserError(`--set ${key}: refused: the value ${tooLong}`);
  return { ...previous, [key]: checkedValue(`--set ${key}`, text) };
}

/** Characters no worksheet can hold (XML 1.0 refuses them): C0 controls but tab and line breaks, U+FFFE/F. */
const UNWRITABLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A template value, or a UserError naming where it came from, the character and its place. */
export function checkedValue(source: string, value: string): string {
  const match = UNWRITABLE.exec(value);
  if (!match) return value;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  throw new UserError(
    `${source}: the value has the character U+${code} at character ${match.index + 1}, which no worksheet can hold; remove it`,
  );
}
