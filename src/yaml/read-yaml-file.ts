import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { MAX_YAML_BYTES } from './decode-text.js';

export type ReadBytes =
  | { bytes: Uint8Array; diagnostics: [] }
  | { bytes?: undefined; diagnostics: [Diagnostic] };

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
};

/**
 * Reads the bytes of a YAML input, refusing one larger than `max` before spending the memory: a regular
 * file by its size, before reading; a pipe, device or standard input by reading at most `max + 1` bytes.
 */
export function readYamlFile(file: string, max = MAX_YAML_BYTES): ReadBytes {
  const fail = (code: string, message: string): ReadBytes => ({
    diagnostics: [{ file, line: 0, column: 0, severity: 'error', code, message }],
  });
  const tooLarge = (size: string) =>
    fail(
      'input/too-large',
      `refused: the file is ${size}; the limit is ${max} bytes (limits: docs/limits.md)`,
    );
  let fd: number | undefined;
  const stdin = file === '-' || file === '/dev/stdin';
  try {
    // Opening /dev/stdin fails when standard input is a socket (ENXIO): read descriptor 0 itself.
    fd = stdin ? 0 : openSync(file, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return fail('input/unreadable', 'cannot read the file: it is a folder');
    if (stat.isFile() && stat.size > max) return tooLarge(`${stat.size} bytes`);
    const buffer = Buffer.allocUnsafe(stat.isFile() ? stat.size + 1 : Math.min(max + 1, 1 << 16));
    let length = 0;
    let chunk: Buffer = buffer;
    for (;;) {
      if (length === chunk.length) chunk = grow(chunk, max + 1);
      const read = readSome(fd, chunk, length);
      if (read === 0) break;
      length += read;
      if (length > max) return tooLarge(`more than ${max} bytes`);
    }
    return { bytes: chunk.subarray(0, length), diagnostics: [] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return fail('input/unreadable', `cannot read the file: ${REASONS[code] ?? (code || String(error))}`);
  } finally {
    if (fd !== undefined && !stdin) closeSync(fd);
  }
}

/** Reads what is there; waits a little when a non-blocking pipe has nothing yet. */
function readSome(fd: number, buffer: Buffer, at: number): number {
  for (;;) {
    try {
      return readSync(fd, buffer, at, buffer.length - at, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

function grow(buffer: Buffer, cap: number): Buffer {
  const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, cap));
  buffer.copy(bigger);
  return bigger;
}
