/** Paragraph properties this writer uses, written in the order the WordprocessingML schema requires. */
export interface ParagraphFormat {
  /** A paragraph style id (Heading1, ListParagraph). */
  style?: string;
  keepNext?: boolean;
  /** A list paragraph: numbering instance and level. */
  numbering?: { id: number; level: number };
  /** Tab stops in twips. */
  tabs?: { type: 'center' | 'right'; position: number }[];
  /** Space before and after in twips; `line` an exact line height in twips. */
  spacing?: { before?: number; after?: number; line?: number };
  align?: 'left' | 'center' | 'right';
  /** The w:sectPr of the section this paragraph ends. */
  section?: string;
}

/** A paragraph (w:p) of already written runs and inline content controls. */
export function paragraphXml(format: ParagraphFormat, content: string): string {
  let properties = '';
  if (format.style) properties += `<w:pStyle w:val="${format.style}"/>`;
  if (format.keepNext) properties += '<w:keepNext/>';
  if (format.numbering) {
    const { id, level } = format.numbering;
    properties += `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr>`;
  }
  if (format.tabs && format.tabs.length > 0) {
    const tabs = format.tabs.map((tab) => `<w:tab w:val="${tab.type}" w:pos="${tab.position}"/>`).join('');
    properties += `<w:tabs>${tabs}</w:tabs>`;
  }
  if (format.spacing) {
    const { before, after, line } = format.spacing;
    properties +=
      '<w:spacing' +
      (before !== undefined ? ` w:before="${before}"` : '') +
      (after !== undefined ? ` w:after="${after}"` : '') +
      (line !== undefined ? ` w:line="${line}" w:lineRule="exact"` : '') +
      '/>';
  }
  if (format.align) properties += `<w:jc w:val="${format.align}"/>`;
  if (format.section) properties += format.section;
  return properties === '' ? `<w:p>${content}</w:p>` : `<w:p><w:pPr>${properties}</w:pPr>${content}</w:p>`;
}
