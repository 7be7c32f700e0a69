import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../../diagnostics/sanitize.js';

/** The largest `--font` file read (the largest CJK TrueType fonts are about 30 MiB). */
export const MAX_FONT_BYTES = 64 * 1024 * 1024;

/** Reads a `--font` file, refusing one larger than MAX_FONT_BYTES by its size, before reading it. */
export function readFontFile(path: string): Uint8Array {
  const name = sanitizeForDisplay(path, 200);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UserError(`cannot read the font ${name}: it is not a file`);
    if (stat.size > MAX_FONT_BYTES)
      throw new UserError(
        `refused: the font ${name} is ${stat.size} bytes; the limit is ${MAX_FONT_BYTES} bytes (limits: docs/limits.md)`,
      );
    const bytes = new Uint8Array(stat.size);
    let length = 0;
    while (length < bytes.length) {
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return bytes.subarray(0, length);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      `cannot read the font ${name}: ${code === 'ENOENT' ? 'no such file' : (code ?? error)}`,
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
