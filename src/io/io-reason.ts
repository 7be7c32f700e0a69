/** Plain-language reasons for the file-system errors a user can meet, by errno code. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is larger than allowed here',
  EIO: 'input/output error on the device',
  ENAMETOOLONG: 'the name is too long for the file system',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'it already exists',
  ENOENT: 'no such file or folder',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EBUSY: 'the file is busy',
  EINVAL: 'the name is not allowed here',
  ERR_INVALID_ARG_VALUE: 'the path holds a NUL character',
  ERR_INVALID_ARG_TYPE: 'the path is not text',
};

/** Why a file-system call failed, in a few words and with its code: `no space left on the device (ENOSPC)`. */
export function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  if (code) return code;
  return (error as Error | undefined)?.message ?? String(error);
}

/** True for an error that a file-system call reported (it carries an errno code), not a bug. */
export function isIoError(error: unknown): boolean {
  return typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string';
}
