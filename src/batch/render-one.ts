import { createHash } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { buildDocument } from '../document/build-document.js';
import type { PageSizeName, WorksheetKind } from '../document/model.js';
import type { Rubric } from '../rubric/rubric.generated.js';
import { type Format, writeDocument } from '../writers/index.js';

export interface RenderSettings {
  pageSize?: PageSizeName;
  landscape?: boolean;
  template?: string;
  fonts: Uint8Array[];
}

/** Renders one document exactly as a single `render` would, so batch output is byte-identical to it. */
export async function renderBytes(
  rubric: Rubric,
  hash: string,
  kind: WorksheetKind,
  format: Format,
  values: Record<string, string>,
  settings: RenderSettings,
): Promise<Uint8Array> {
  const model = buildDocument(rubric, {
    kind,
    values,
    hash,
    ...(settings.pageSize ? { pageSize: settings.pageSize } : {}),
    ...(settings.landscape ? { landscape: true } : {}),
    ...(settings.template ? { template: settings.template } : {}),
  });
  return writeDocument(format, model, { fonts: settings.fonts });
}

/**
 * Writes bytes to `temporary` (removed again if writing fails) and returns their digest. The batch's main
 * thread puts it in place when it records the file, so that a file on disk is always one the
 * manifest lists, even when Ctrl-C arrives between the two.
 */
export async function writeTemporary(
  temporary: string,
  bytes: Uint8Array,
): Promise<{ sha256: string; bytes: number }> {
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}
