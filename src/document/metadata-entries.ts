import type { DocumentMeta } from './model.js';

/**
 * The metadata every worksheet carries, as docs/fields.md names it: which rubric, edition, content hash and
 * kind it was made from. The PDF Info dictionary, DOCX custom properties and HTML meta tags all write this
 * list; extract reads it back. Template values are not stored: extract never needs them (the fields carry
 * what was typed), and a long CSV column must not make every document long. The field manifest
 * (field-manifest.ts) is stored beside this list, in each format's own place for data.
 */
export function metadataEntries(meta: DocumentMeta): [string, string][] {
  return [
    ['rubricate.rubric-id', meta.rubricId],
    ['rubricate.edition', meta.edition],
    ['rubricate.rubric-hash', meta.rubricHash],
    ['rubricate.kind', meta.kind],
  ];
}
