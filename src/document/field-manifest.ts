import { type DocumentModel, fieldsOf, type WorksheetKind } from './model.js';

/** The manifest format; a reader refuses a higher number rather than guess. */
export const MANIFEST_VERSION = 1;
/** Labels are for people reading the manifest; a long one (a template value in a label) is cut here. */
const LABEL_CHARS = 200;

/**
 * What a worksheet records about its own fields (docs/fields.md, "The field manifest"), so that extract
 * reads it by what it carries, whatever template made it, and can tell which items changed wording since.
 */
export interface FieldManifest {
  manifest: typeof MANIFEST_VERSION;
  rubric: string;
  edition: string;
  /** SHA-256 of the rubric content, as `rubricate.rubric-hash`. */
  hash: string;
  kind: WorksheetKind;
  /** Item id (or `reflection.<prompt-id>`) → short hash of its wording, for the items the fields answer. */
  items: Record<string, string>;
  /** One entry per field name (a choice group is one entry), in document order. */
  fields: ManifestField[];
}

export interface ManifestField {
  name: string;
  kind: 'text' | 'date' | 'choice' | 'checkbox';
  label: string;
  /** The key in `items` whose wording this field answers, when it answers one. */
  item?: string;
  /** A choice group's export values, in document order. */
  options?: string[];
}

const memo = new WeakMap<DocumentModel, FieldManifest>();

/**
 * The field manifest of a document model: every writer embeds this (PDF, DOCX, HTML), derived here once
 * per model from its fields and metadata, so the formats cannot disagree.
 */
export function fieldManifest(model: DocumentModel): FieldManifest {
  const known = memo.get(model);
  if (known) return known;
  const hashes = model.meta.itemHashes ?? {};
  const byName = new Map<string, ManifestField>();
  const items: Record<string, string> = {};
  for (const field of fieldsOf(model)) {
    let entry = byName.get(field.name);
    if (!entry) {
      const label = field.kind === 'choice' ? field.groupLabel : field.label;
      entry = { name: field.name, kind: field.kind, label: label.slice(0, LABEL_CHARS) };
      if (field.kind === 'choice') entry.options = [];
      const item = itemOf(field.name, hashes);
      if (item !== undefined) {
        entry.item = item;
        items[item] = hashes[item]!;
      }
      byName.set(field.name, entry);
    }
    if (field.kind === 'choice') entry.options?.push(field.value);
  }
  const { meta } = model;
  const manifest: FieldManifest = {
    manifest: MANIFEST_VERSION,
    rubric: meta.rubricId,
    edition: meta.edition,
    hash: meta.rubricHash,
    kind: meta.kind,
    items,
    fields: [...byName.values()],
  };
  memo.set(model, manifest);
  return manifest;
}

/**
 * The manifest as the compact JSON text the writers store: ASCII only (other characters as \u escapes), so
 * no container (XML part, HTML script, PDF stream) can alter or refuse a character of it.
 */
export function manifestJson(model: DocumentModel): string {
  return JSON.stringify(fieldManifest(model)).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `capacity-building.3.rating` → `capacity-building.3`; `reflection.x` → itself; others → none. */
function itemOf(name: string, hashes: Record<string, string>): string | undefined {
  if (Object.hasOwn(hashes, name)) return name;
  const head = name.slice(0, name.lastIndexOf('.'));
  return head && Object.hasOwn(hashes, head) ? head : undefined;
}
