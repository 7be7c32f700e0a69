import { metadataEntries } from '../../document/metadata-entries.js';
import type { DocumentMeta } from '../../document/model.js';
import { attribute, DECLARATION, text } from './xml-text.js';

/** The property set id Office writes for user-defined custom properties. */
const USER_DEFINED = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

/**
 * docProps/core.xml: title, subject, author and language, created and modified at the document's own date (not the
 * time of writing), so the same model gives the same bytes.
 */
export function coreXml(meta: DocumentMeta): string {
  const when = `${meta.created.toISOString().slice(0, 19)}Z`;
  const element = (name: string, value: string | undefined) =>
    value ? `<${name}>${text(value)}</${name}>` : '';
  return (
    `${DECLARATION}<cp:coreProperties ` +
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', meta.title) +
    element('dc:subject', meta.subject) +
    element('dc:creator', meta.author) +
    element('dc:language', meta.language) +
    element('cp:lastModifiedBy', meta.author) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * docProps/custom.xml: which rubric the document was made from (docs/fields.md), plus the template values it
 * was personalised with, in key order.
 */
export function customXml(meta: DocumentMeta): string {
  const properties = metadataEntries(meta);
  const body = properties
    .map(
      ([name, value], i) =>
        `<property fmtid="${USER_DEFINED}" pid="${i + 2}" name="${attribute(name)}">` +
        `<vt:lpwstr>${text(value)}</vt:lpwstr></property>`,
    )
    .join('');
  return (
    `${DECLARATION}<Properties ` +
    'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${body}</Properties>`
  );
}
