import { createHash } from 'node:crypto';
import { UserError } from '../diagnostics/diagnostic.js';

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_NAME_BYTES = 150;
/** Hex digits of the full name's SHA-256 kept in a shortened name: 40 bits, so no accidental clash. */
const TAG_DIGITS = 10;

/**
 * Builds an output file name from a pattern such as `{{district}}-{{kind}}.pdf`: placeholders are
 * replaced by the row's values (and `kind`, `format`, `row`, `line`, `rubric`); the result is made safe on
 * every file system: no path separators or reserved characters, no control characters, no reserved
 * Windows names, no leading dots, at most 150 bytes. The format's extension is added when missing.
 * A name longer than that is cut and ends in `-` and a short hash of the whole name before the extension,
 * so two names that differ only after the cut stay two names. Linear in the length of the values.
 */
export function fileNameFor(pattern: string, values: Record<string, string>, format: string): string {
  const missing: string[] = [];
  const filled = pattern.replace(/\{\{\s*([A-Za-z][A-Za-z0-9_-]*)\s*\}\}/g, (_, key: string) => {
    const value = Object.hasOwn(values, key) ? values[key]! : '';
    if (!value.trim()) missing.push(key);
    return safeSegment(value);
  });
  if (missing.length)
    throw new UserError(
      `no value for ${missing.map((k) => `"${k}"`).join(', ')} used in the file name pattern`,
    );
  let name = filled.replace(/-{2,}/g, '-').replace(/^[-_. ]+/, '');
  const extension = `.${format}`;
  if (!name.toLowerCase().endsWith(extension)) name += extension;
  let stem = trimEnd(name.slice(0, -extension.length), '. ');
  if (!stem) throw new UserError('the file name pattern gives an empty name');
  if (RESERVED.test(stem)) stem = `_${stem}`;
  return fitName(stem, extension);
}

/** The stem cut to fit MAX_NAME_BYTES with its extension, tagged with a hash of the whole stem when cut. */
function fitName(stem: string, extension: string): string {
  if (Buffer.byteLength(stem) + Buffer.byteLength(extension) <= MAX_NAME_BYTES) return stem + extension;
  const tag = `-${createHash('sha256').update(stem).digest('hex').slice(0, TAG_DIGITS)}`;
  const budget = MAX_NAME_BYTES - Buffer.byteLength(tag) - Buffer.byteLength(extension);
  return trimEnd(cutToBytes(stem, budget), '-_. ') + tag + extension;
}

/** The longest prefix of whole code points that fits in `budget` UTF-8 bytes, in one pass. */
function cutToBytes(text: string, budget: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char);
    if (bytes + size > budget) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}

/** Drops trailing characters from `set`; a loop, since `/[. ]+$/` backtracks quadratically on long runs. */
function trimEnd(text: string, set: string): string {
  let end = text.length;
  while (end > 0 && set.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** One value made safe inside a file name: separators, reserved and control characters become `_`. */
function safeSegment(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[/\\:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ /g, '-');
}

/** File systems that ignore case (macOS, Windows) treat these names as the same file. */
export function collisionKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
