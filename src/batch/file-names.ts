import { UserError } from '../diagnostics/diagnostic.js';

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_NAME_BYTES = 150;

/**
 * Builds an output file name from a pattern such as `{{district}}-{{kind}}.pdf`: placeholders are
 * replaced by the row's values (and `kind`, `format`, `row`, `line`, `rubric`); the result is made safe on
 * every file system: no path separators or reserved characters, no control characters, no reserved
 * Windows names, no leading dots, at most 150 bytes. The format's extension is added when missing.
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
  let stem = name.slice(0, -extension.length).replace(/[. ]+$/, '');
  if (!stem) throw new UserError('the file name pattern gives an empty name');
  if (RESERVED.test(stem)) stem = `_${stem}`;
  while (Buffer.byteLength(stem + extension) > MAX_NAME_BYTES) stem = [...stem].slice(0, -1).join('');
  return stem + extension;
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
