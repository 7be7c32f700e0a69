import type { DocumentMeta } from './model.js';

/**
 * The metadata every worksheet carries, as docs/fields.md names it: which rubric, edition, content hash and
 * kind it was made from, plus each template value as `rubricate.value.<key>`, in key order. The PDF Info
 * dictionary, DOCX custom properties and HTML meta tags all write this list; extract reads it back.
 */
export function metadataEntries(meta: DocumentMeta): [string, string][] {
  return [
    ['rubricate.rubric-id', meta.rubricId],
    ['rubricate.edition', meta.edition],
    ['rubricate.rubric-hash', meta.rubricHash],
    ['rubricate.kind', meta.kind],
    ...Object.keys(meta.values)
      .sort()
      .map((key): [string, string] => [`rubricate.value.${key}`, meta.values[key]!]),
  ];
}
