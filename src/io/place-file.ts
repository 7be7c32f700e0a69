import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, lstat, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { ioReason } from './io-reason.js';

/** Link errors that mean "this file system has no hard links", not "the target is there". */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'EMLINK', 'ENOSYS']);

/**
 * Puts a finished temporary file at its target and removes the temporary name. Without `force` the target
 * is created exclusively (a hard link, which fails if anything is there), so of two processes writing the
 * same new file exactly one succeeds; with `force` only a regular file is replaced, never a device, a
 * folder, a FIFO or a symbolic link. Throws a UserError naming the target; the temporary file is gone then.
 */
export async function placeFile(temporary: string, target: string, force: boolean): Promise<void> {
  try {
    if (force) {
      await refuseSpecial(target);
      await rename(temporary, target).catch((error) => {
        throw cannotWrite(target, error);
      });
      return;
    }
    await linkExclusively(temporary, target);
  } finally {
    await rm(temporary, { force: true });
  }
}

async function linkExclusively(temporary: string, target: string): Promise<void> {
  try {
    await link(temporary, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw alreadyExists(target);
    if (!NO_LINKS.has(code)) throw cannotWrite(target, error);
    // FAT, some network shares: copy with COPYFILE_EXCL, exclusive still, though not atomic on a crash.
    try {
      await copyFile(temporary, target, constants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === 'EEXIST') throw alreadyExists(target);
      throw cannotWrite(target, copyError);
    }
  }
}

/**
 * A hidden temporary name beside the target, short enough for any file system whatever the target's
 * length (the target's own name plus a suffix could pass the 255-byte limit of a name).
 */
export function temporaryBeside(target: string): string {
  return join(dirname(target), `.rubricate-${randomBytes(8).toString('hex')}.tmp`);
}

/** --force replaces a regular file only. */
export async function refuseSpecial(target: string): Promise<void> {
  const found = await lstat(target).catch(() => undefined);
  if (!found || found.isFile()) return;
  const what = found.isDirectory()
    ? 'a folder'
    : found.isSymbolicLink()
      ? 'a symbolic link'
      : found.isFIFO()
        ? 'a FIFO'
        : found.isSocket()
          ? 'a socket'
          : 'a device';
  throw new UserError(
    `${sanitizeForDisplay(target, 200)} is ${what}, not a regular file; --force replaces only files, so nothing was written`,
  );
}

export function alreadyExists(target: string): UserError {
  return new UserError(`${sanitizeForDisplay(target, 200)} already exists; use --force to overwrite it`);
}

/** The file system refused a write; `reason` is the plain-language part, for callers that summarise. */
export class WriteError extends UserError {
  constructor(
    target: string,
    readonly reason: string,
  ) {
    super(`cannot write ${sanitizeForDisplay(target, 200)}: ${reason}`);
  }
}

export function cannotWrite(target: string, error: unknown): UserError {
  if (error instanceof UserError) return error;
  return new WriteError(target, ioReason(error));
}
