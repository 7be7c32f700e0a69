import { CHECKBOX_SCALE, CHECKBOX_STYLE, PLACEHOLDER_STYLE, SYMBOL_FONT } from './content-controls.js';
import { WORD_NAMESPACE } from './package-parts.js';
import type { ListKind } from './section-context.js';
import { halfPoints, twips } from './units.js';
import { attribute, DECLARATION } from './xml-text.js';

/**
 * The document font: Arial, which every copy of Word has (LibreOffice draws it with the metric-compatible
 * Liberation Sans). The PDF embeds DejaVu Sans instead; this writer's width estimates are measured for Arial.
 */
export const DOCUMENT_FONT = 'Arial';
/** Character style and relative size of an option's label printed under its checkbox in a table cell. */
export const OPTION_LABEL_STYLE = 'OptionLabel';
export const OPTION_LABEL_SCALE = 0.75;

const size = (halfPointSize: number) => `<w:sz w:val="${halfPointSize}"/><w:szCs w:val="${halfPointSize}"/>`;
const fonts = (font: string, rest = '') =>
  `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}"${rest}/>`;

/**
 * styles.xml: the document font and body size, real Heading 1–3 styles with outline levels (so Word's
 * navigation pane and screen readers see the outline), a List Paragraph style, the grey Placeholder Text
 * character style of empty content controls, the checkbox glyph's symbol font and the small label under a
 * checkbox in a table. `fontSize` in points.
 */
export function stylesXml(fontSize: number, language: string): string {
  const heading = (level: 1 | 2 | 3, scale: number) =>
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>` +
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>' +
    `<w:pPr><w:keepNext/><w:spacing w:before="${twips(fontSize * scale * 0.8)}" w:after="${twips(fontSize * 0.4)}"/>` +
    `<w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
    `<w:rPr>${fonts(DOCUMENT_FONT, ` w:cs="${DOCUMENT_FONT}"`)}<w:b/><w:bCs/><w:color w:val="000000"/>` +
    `${size(halfPoints(fontSize * scale))}</w:rPr></w:style>`;
  // Placeholder Text is one of Word's own styles; the other two are this writer's (w:customStyle).
  const character = (id: string, name: string, extra: string, run: string) =>
    `<w:style w:type="character"${id === PLACEHOLDER_STYLE ? '' : ' w:customStyle="1"'} w:styleId="${id}">` +
    `<w:name w:val="${name}"/>` +
    `<w:basedOn w:val="DefaultParagraphFont"/>${extra}<w:rPr>${run}</w:rPr></w:style>`;
  return (
    `${DECLARATION}<w:styles xmlns:w="${WORD_NAMESPACE}">` +
    '<w:docDefaults><w:rPrDefault><w:rPr>' +
    fonts(DOCUMENT_FONT, ` w:cs="${DOCUMENT_FONT}"`) +
    `${size(halfPoints(fontSize))}<w:lang w:val="${attribute(language)}"/></w:rPr></w:rPrDefault>` +
    // Cells hold most paragraphs and want no spacing; body paragraphs ask for theirs (blocks-to-docx.ts).
    '<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">' +
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>' +
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    heading(1, 1.6) +
    heading(2, 1.3) +
    heading(3, 1.1) +
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>' +
    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/></w:style>' +
    character(
      PLACEHOLDER_STYLE,
      'Placeholder Text',
      '<w:uiPriority w:val="99"/><w:semiHidden/>',
      '<w:color w:val="808080"/>',
    ) +
    character(
      CHECKBOX_STYLE,
      'Checkbox Symbol',
      '',
      fonts(SYMBOL_FONT, ' w:hint="eastAsia"') + size(halfPoints(fontSize * CHECKBOX_SCALE)),
    ) +
    character(OPTION_LABEL_STYLE, 'Option Label', '', size(halfPoints(fontSize * OPTION_LABEL_SCALE))) +
    '</w:styles>'
  );
}

/**
 * numbering.xml: a bullet list and a decimal list definition, and one numbering instance per list of the
 * document (instance n for the n-th list), each starting again at 1.
 */
export function numberingXml(fontSize: number, lists: ListKind[]): string {
  const indent = `<w:ind w:left="${twips(fontSize * 2)}" w:hanging="${twips(fontSize * 1.2)}"/>`;
  const definition = (id: number, format: string, text: string) =>
    `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="singleLevel"/>` +
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>` +
    `<w:lvlJc w:val="left"/><w:pPr>${indent}</w:pPr></w:lvl></w:abstractNum>`;
  const instances = lists
    .map(
      (kind, i) =>
        `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${kind === 'bullet' ? 0 : 1}"/>` +
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
    )
    .join('');
  return (
    `${DECLARATION}<w:numbering xmlns:w="${WORD_NAMESPACE}">` +
    definition(0, 'bullet', '\u2022') +
    definition(1, 'decimal', '%1.') +
    `${instances}</w:numbering>`
  );
}
