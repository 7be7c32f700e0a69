import { BaseXmlComponent, type IXmlableObject } from 'docx';

/**
 * Element trees in the form the docx package's serializer writes (and escapes), for the parts of a worksheet
 * that repeat hundreds of times: table rows, cells and content controls. Building the tree directly costs a
 * fraction of building it from the package's generic components, whose per-element overhead dominated the
 * write time of a 45-item worksheet.
 */
export type XmlTree = IXmlableObject;

type Attributes = Record<string, string | number>;

/** An element with optional attributes and children. */
export function element(name: string, attributes?: Attributes, children?: XmlTree[]): XmlTree {
  if (children && children.length > 0)
    return { [name]: attributes ? [{ _attr: attributes }, ...children] : children };
  return { [name]: attributes ? { _attr: attributes } : {} };
}

/** `<name w:val="value"/>` */
export function valued(name: string, value: string | number): XmlTree {
  return { [name]: { _attr: { 'w:val': value } } };
}

/** `<w:t xml:space="preserve">value</w:t>` */
export function textTree(value: string): XmlTree {
  return { 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, value] };
}

export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  /** Half-points; omitted: the style's or document's size. */
  size?: number | undefined;
  /** A character style id. */
  style?: string;
  /** Start with a line break. */
  breakBefore?: boolean;
}

/** A run (w:r) of text; line breaks in the text become w:br. */
export function runTree(text: string, format: RunFormat = {}): XmlTree {
  const properties: XmlTree[] = [];
  if (format.style) properties.push(valued('w:rStyle', format.style));
  if (format.bold) properties.push({ 'w:b': {} }, { 'w:bCs': {} });
  if (format.italic) properties.push({ 'w:i': {} }, { 'w:iCs': {} });
  if (format.size !== undefined) properties.push(valued('w:sz', format.size), valued('w:szCs', format.size));
  const children: XmlTree[] = properties.length > 0 ? [{ 'w:rPr': properties }] : [];
  if (format.breakBefore) children.push({ 'w:br': {} });
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (i > 0) children.push({ 'w:br': {} });
    children.push(textTree(line));
  });
  return { 'w:r': children };
}

/** A component whose element tree is already built: the package serializes it like its own. */
class PreparedXml extends BaseXmlComponent {
  constructor(private readonly tree: XmlTree) {
    super(Object.keys(tree)[0] ?? '');
  }

  override prepForXml(): XmlTree {
    return this.tree;
  }
}

/**
 * A built tree as a component the package accepts among a paragraph's or a section's children. The package's
 * child types are closed unions of its own classes, so the caller casts to the slot's type.
 */
export function preparedXml(tree: XmlTree): BaseXmlComponent {
  return new PreparedXml(tree);
}
