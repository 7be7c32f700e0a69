import { createHash } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
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

/** Writes bytes to `temporary`, then renames it to `target`: the target is whole or absent. */
export async function writeAtomically(
  temporary: string,
  target: string,
  bytes: Uint8Array,
): Promise<{ sha256: string; bytes: number }> {
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}
