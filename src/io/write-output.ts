import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../diagnostics/diagnostic.js';

export interface WriteOptions {
  /** Replace an existing file. */
  force?: boolean;
}

/**
 * Writes a whole output file or nothing: the bytes go to a temporary file beside the target, which is then
 * renamed over it, so a crash or Ctrl-C never leaves half a document. `-` writes to standard output.
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
  if (!options.force && existsSync(target)) {
    throw new UserError(`${target} already exists; use --force to overwrite it`);
  }
  await mkdir(dirname(target), { recursive: true });
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new UserError(`cannot write ${target}: ${(error as Error).message}`);
  }
}
