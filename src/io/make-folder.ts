import { lstat, mkdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { ioReason } from './io-reason.js';

/**
 * Makes a folder and its missing parents, or throws one UserError naming the path and the reason (a part
 * of it is a file, read-only, permission denied). It walks up to the deepest folder that exists and makes
 * each missing level itself: Node's `mkdir(…, { recursive: true })` never returns under /proc (measured:
 * it loops on ENOENT), and its errors do not say which part of the path is at fault.
 */
export async function makeFolder(folder: string): Promise<void> {
  const missing: string[] = [];
  let at = resolve(folder);
  for (;;) {
    const found = await stat(at).catch((error: NodeJS.ErrnoException) => error);
    if (!(found instanceof Error)) {
      if (!found.isDirectory()) throw notAFolder(folder, at);
      break;
    }
    // ENOTDIR: a part above is a file; walking up finds it and names it.
    const absent = found.code === 'ENOENT' || found.code === 'ENOTDIR';
    if (!absent || dirname(at) === at) throw cannotMake(folder, found);
    missing.unshift(at);
    at = dirname(at);
  }
  for (const level of missing) {
    try {
      await mkdir(level);
    } catch (error) {
      // Another process may make the same folder at the same moment: that is fine.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && (await isFolder(level))) continue;
      throw new FolderError(folder, mkdirReason(error));
    }
  }
}

/** mkdir's ENOENT once the parent is known to exist means a file system such as /proc that takes none. */
function mkdirReason(error: unknown): string {
  return (error as NodeJS.ErrnoException).code === 'ENOENT'
    ? 'this file system does not allow new folders here (ENOENT)'
    : ioReason(error);
}

async function isFolder(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** The folder could not be made; `reason` is the part after the colon, for callers that name a file. */
export class FolderError extends UserError {
  constructor(
    folder: string,
    readonly reason: string,
  ) {
    super(`cannot make the folder ${sanitizeForDisplay(folder, 200)}: ${reason}`);
  }
}

function notAFolder(folder: string, file: string): FolderError {
  const shown = resolve(folder) === file ? folder : isAbsolute(folder) ? file : relative('.', file);
  return new FolderError(folder, `${sanitizeForDisplay(shown, 200)} is a file, not a folder`);
}

function cannotMake(folder: string, error: unknown): FolderError {
  return new FolderError(folder, ioReason(error));
}
