import { type FieldManifest, MANIFEST_VERSION, type ManifestField } from '../document/field-manifest.js';
import type { WorksheetKind } from '../document/model.js';
import { quote, rejectInput } from './input-error.js';

const KINDS = new Set(['text', 'date', 'choice', 'checkbox']);
const WORKSHEET_KINDS = new Set(['self-assessment', 'action-plan', 'large-chart']);

/**
 * Parses and checks a worksheet's field manifest (docs/fields.md). A manifest is data from the document,
 * so every part of its shape is checked before use; one of a newer format is refused rather than guessed.
 */
export function readManifest(file: string, text: string): FieldManifest {
  const damaged = (what: string) => rejectInput(file, `its field manifest is damaged: ${what}`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw damaged('not JSON');
  }
  if (!isRecord(data)) throw damaged('not a JSON object');
  if (typeof data.manifest !== 'number') throw damaged('no version number');
  if (data.manifest > MANIFEST_VERSION)
    throw rejectInput(
      file,
      `its field manifest is version ${data.manifest}, newer than this rubricate reads (${MANIFEST_VERSION}); upgrade rubricate`,
    );
  for (const key of ['rubric', 'edition', 'hash', 'kind'])
    if (typeof data[key] !== 'string') throw damaged(`${key} is not text`);
  if (!WORKSHEET_KINDS.has(data.kind as string)) throw damaged(`unknown kind ${quote(String(data.kind))}`);
  const items = data.items;
  if (!isRecord(items) || Object.values(items).some((h) => typeof h !== 'string'))
    throw damaged('items is not a map of text hashes');
  if (!Array.isArray(data.fields)) throw damaged('fields is not a list');
  const names = new Set<string>();
  const fields = data.fields.map((field, index): ManifestField => {
    const at = `field ${index + 1}`;
    if (!isRecord(field) || typeof field.name !== 'string' || field.name === '')
      throw damaged(`${at} has no name`);
    if (names.has(field.name)) throw damaged(`field ${quote(field.name)} is listed twice`);
    names.add(field.name);
    if (!KINDS.has(field.kind as string)) throw damaged(`${at} has an unknown kind`);
    const options = field.options;
    if (field.kind === 'choice' && !(Array.isArray(options) && options.every((o) => typeof o === 'string')))
      throw damaged(`choice ${quote(field.name)} has no list of options`);
    if (field.item !== undefined && (typeof field.item !== 'string' || !Object.hasOwn(items, field.item)))
      throw damaged(`${at} names an item without a text hash`);
    return {
      name: field.name,
      kind: field.kind as ManifestField['kind'],
      label: typeof field.label === 'string' ? field.label : field.name,
      ...(field.item !== undefined ? { item: field.item as string } : {}),
      ...(field.kind === 'choice' ? { options: options as string[] } : {}),
    };
  });
  return {
    manifest: MANIFEST_VERSION,
    rubric: data.rubric as string,
    edition: data.edition as string,
    hash: data.hash as string,
    kind: data.kind as WorksheetKind,
    items: items as Record<string, string>,
    fields,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
