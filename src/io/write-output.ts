import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { FolderError, makeFolder } from './make-folder.js';
import { alreadyExists, cannotWrite, placeFile, refuseSpecial, temporaryBeside } from './place-file.js';
import { removeOnSignal } from './remove-on-signal.js';

export interface WriteOptions {
  /** Replace an existing regular file. */
  force?: boolean;
}

/**
 * Writes a whole output file or nothing: the bytes go to a temporary file beside the target, which is then
 * put in place (exclusively unless `force`: see placeFile), so a crash or Ctrl-C never leaves half a
 * document and two runs never both think they made the same new file. Every failure is one UserError
 * naming the path and the reason. `-` writes to standard output.
 */
export async function writeOutput(
  target: string,
  data: Uint8Array | string,
  options: WriteOptions = {},
): Promise<void> {
  if (target === '-') {
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(data, (error) => (error ? reject(error) : resolve())),
    );
    return;
  }
  const force = options.force ?? false;
  // Early answers for the common cases, before any work; placeFile decides for certain.
  if (force) await refuseSpecial(target);
  else if (existsSync(target)) throw alreadyExists(target);
  try {
    await makeFolder(dirname(target));
  } catch (error) {
    if (!(error instanceof FolderError)) throw error;
    throw new UserError(`cannot write ${sanitizeForDisplay(target, 200)}: ${error.reason}`);
  }
  const temporary = temporaryBeside(target);
  await removeOnSignal(temporary, async () => {
    try {
      await writeFile(temporary, data, { flag: 'wx' });
    } catch (error) {
      await rm(temporary, { force: true });
      throw cannotWrite(target, error);
    }
    await placeFile(temporary, target, force);
  });
}
