import { manifestJson } from '../../document/field-manifest.js';
import type { DocumentModel } from '../../document/model.js';
import { DECLARATION, text } from './xml-text.js';

/** The namespace of the manifest's custom XML part; extract finds the part by it. */
export const MANIFEST_NAMESPACE = 'https://rubricate.dev/manifest/1';
export const MANIFEST_PART = 'customXml/item1.xml';
export const MANIFEST_PROPERTIES_PART = 'customXml/itemProps1.xml';
/** The relationship from word/document.xml to the part, as Word links its data-store items. */
export const MANIFEST_RELATIONSHIP: [string, string, string] = [
  'rIdManifest',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml',
  '../customXml/item1.xml',
];
export const MANIFEST_PROPERTIES_TYPE =
  'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

/**
 * The field manifest (docs/fields.md) as a custom XML part: a data-store item that Word and LibreOffice keep
 * when they save (custom document properties would do, but Office limits their text to 255 characters).
 */
export function manifestParts(model: DocumentModel): [name: string, xml: string][] {
  return [
    [
      MANIFEST_PART,
      `${DECLARATION}<manifest xmlns="${MANIFEST_NAMESPACE}">${text(manifestJson(model))}</manifest>`,
    ],
    [
      'customXml/_rels/item1.xml.rels',
      `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/>' +
        '</Relationships>',
    ],
    [
      MANIFEST_PROPERTIES_PART,
      `${DECLARATION}<ds:datastoreItem ds:itemID="{5E1B0D0A-7C1E-4F43-9B57-52C0B1A7E001}" ` +
        'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs>' +
        `<ds:schemaRef ds:uri="${MANIFEST_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
    ],
  ];
}
