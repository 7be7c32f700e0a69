import type { DocumentMeta } from '../../document/model.js';

/** A custom document property, as the docx package's `customProperties` takes it. */
export interface CustomProperty {
  name: string;
  value: string;
}

/**
 * Core properties (title, subject, author) and the custom properties that record which rubric the document
 * was made from (docs/fields.md), plus the template values it was personalised with.
 */
export function documentProperties(meta: DocumentMeta): {
  title: string;
  subject?: string;
  creator?: string;
  lastModifiedBy?: string;
  customProperties: CustomProperty[];
} {
  const customProperties: CustomProperty[] = [
    { name: 'rubricate.rubric-id', value: meta.rubricId },
    { name: 'rubricate.edition', value: meta.edition },
    { name: 'rubricate.rubric-hash', value: meta.rubricHash },
    { name: 'rubricate.kind', value: meta.kind },
    ...Object.keys(meta.values)
      .sort()
      .map((key) => ({ name: `rubricate.value.${key}`, value: meta.values[key]! })),
  ];
  return {
    title: meta.title,
    ...(meta.subject ? { subject: meta.subject } : {}),
    ...(meta.author ? { creator: meta.author, lastModifiedBy: meta.author } : {}),
    customProperties,
  };
}
