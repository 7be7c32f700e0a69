import type { DocumentMeta } from '../../document/model.js';
import type { PDFContext, PDFRef } from './pdf-objects.js';

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The catalog's XMP metadata stream: title, language, subject and author as Dublin Core, the dates and
 * producer as in the Info dictionary, and the PDF/UA identification (pdfuaid:part 1) that tells checkers
 * and readers which standard the file claims. Uncompressed UTF-8, as XMP readers expect.
 */
export function writeXmp(context: PDFContext, meta: DocumentMeta): PDFRef {
  const when = `${meta.created.toISOString().slice(0, 19)}Z`;
  const alt = (name: string, value: string | undefined) =>
    value
      ? `<${name}><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(value)}</rdf:li></rdf:Alt></${name}>`
      : '';
  const xml =
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n' +
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n' +
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" ' +
    'xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">\n' +
    '<dc:format>application/pdf</dc:format>' +
    alt('dc:title', meta.title) +
    alt('dc:description', meta.subject) +
    (meta.author
      ? `<dc:creator><rdf:Seq><rdf:li>${xmlText(meta.author)}</rdf:li></rdf:Seq></dc:creator>`
      : '') +
    `<dc:language><rdf:Bag><rdf:li>${xmlText(meta.language)}</rdf:li></rdf:Bag></dc:language>\n` +
    `<xmp:CreateDate>${when}</xmp:CreateDate><xmp:ModifyDate>${when}</xmp:ModifyDate>` +
    '<xmp:CreatorTool>rubricate</xmp:CreatorTool><pdf:Producer>rubricate</pdf:Producer>\n' +
    '<pdfuaid:part>1</pdfuaid:part>\n' +
    '</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end="w"?>';
  return context.register(context.stream(Buffer.from(xml, 'utf8'), { Type: 'Metadata', Subtype: 'XML' }));
}
