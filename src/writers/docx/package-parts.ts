import {
  MANIFEST_PART,
  MANIFEST_PROPERTIES_PART,
  MANIFEST_PROPERTIES_TYPE,
  MANIFEST_RELATIONSHIP,
} from './manifest-part.js';
import { DECLARATION } from './xml-text.js';

/**
 * The Open Packaging parts around the document: content types, relationships, settings, and the header and
 * footer parts a document collects as its sections are written.
 */

export const WORD_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const RELATIONSHIP_NAMESPACE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const W14_NAMESPACE = 'http://schemas.microsoft.com/office/word/2010/wordml';
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
/** Namespaces of document, header and footer roots: w14 for the checkbox controls, marked ignorable. */
export const ROOT_NAMESPACES =
  `xmlns:w="${WORD_NAMESPACE}" xmlns:r="${RELATIONSHIP_NAMESPACE}" ` +
  `xmlns:w14="${W14_NAMESPACE}" xmlns:mc="${MC_NAMESPACE}" mc:Ignorable="w14"`;

const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

export type RunningPart = 'header' | 'footer';

/** Headers and footers in the order sections add them, with the relationship ids the sections refer to. */
export class PartList {
  readonly running: { kind: RunningPart; name: string; id: string; xml: string }[] = [];
  /** rId1–rId3 are the styles, numbering and settings (documentRelationships). */
  private nextId = 4;
  private counts = { header: 0, footer: 0 };

  /** Adds a header or footer holding these paragraphs; returns its relationship id. */
  add(kind: RunningPart, paragraphs: string): string {
    this.counts[kind] += 1;
    const id = `rId${this.nextId++}`;
    const root = kind === 'header' ? 'w:hdr' : 'w:ftr';
    // A header or footer must hold at least one paragraph.
    const xml = `${DECLARATION}<${root} ${ROOT_NAMESPACES}>${paragraphs || '<w:p/>'}</${root}>`;
    this.running.push({ kind, name: `${kind}${this.counts[kind]}.xml`, id, xml });
    return id;
  }
}

/** [Content_Types].xml for the fixed parts and these headers and footers. */
export function contentTypes(parts: PartList): string {
  const override = (name: string, type: string) => `<Override PartName="/${name}" ContentType="${type}"/>`;
  return (
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override('word/document.xml', `${MAIN}.document.main+xml`) +
    override('word/styles.xml', `${MAIN}.styles+xml`) +
    override('word/numbering.xml', `${MAIN}.numbering+xml`) +
    override('word/settings.xml', `${MAIN}.settings+xml`) +
    parts.running.map((part) => override(`word/${part.name}`, `${MAIN}.${part.kind}+xml`)).join('') +
    override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
    override('docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml') +
    override(MANIFEST_PART, 'application/xml') +
    override(MANIFEST_PROPERTIES_PART, MANIFEST_PROPERTIES_TYPE) +
    '</Types>'
  );
}

function relationships(list: [id: string, type: string, target: string][]): string {
  const body = list.map(
    ([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`,
  );
  return (
    `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `${body.join('')}</Relationships>`
  );
}

/** _rels/.rels: the main document and the three property parts. */
export const PACKAGE_RELATIONSHIPS = relationships([
  ['rId1', `${TYPE}/officeDocument`, 'word/document.xml'],
  [
    'rId2',
    'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
    'docProps/core.xml',
  ],
  ['rId3', `${TYPE}/extended-properties`, 'docProps/app.xml'],
  ['rId4', `${TYPE}/custom-properties`, 'docProps/custom.xml'],
]);

/** word/_rels/document.xml.rels: styles, numbering, settings, the field manifest, then headers and footers. */
export function documentRelationships(parts: PartList): string {
  return relationships([
    ['rId1', `${TYPE}/styles`, 'styles.xml'],
    ['rId2', `${TYPE}/numbering`, 'numbering.xml'],
    ['rId3', `${TYPE}/settings`, 'settings.xml'],
    MANIFEST_RELATIONSHIP,
    ...parts.running.map((part): [string, string, string] => [part.id, `${TYPE}/${part.kind}`, part.name]),
  ]);
}

/** word/settings.xml: Word 2013+ compatibility mode, which w14 checkbox controls need, and tab stops. */
export const SETTINGS =
  `${DECLARATION}<w:settings xmlns:w="${WORD_NAMESPACE}"><w:defaultTabStop w:val="720"/>` +
  '<w:characterSpacingControl w:val="doNotCompress"/><w:compat>' +
  '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>' +
  '</w:compat></w:settings>';

/** docProps/app.xml: the application that wrote the document. */
export const APP_PROPERTIES =
  `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  '<Application>rubricate</Application></Properties>';
