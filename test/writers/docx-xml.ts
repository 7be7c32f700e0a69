import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

/** A parsed XML element: prefixed name, attributes, children and text, for assertions on DOCX parts. */
export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** Parses XML strictly (throws on anything not well-formed). */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser();
  const root: XmlNode = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const node: XmlNode = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: '',
    };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => {
    stack.at(-1)!.text += text;
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  return root.children[0]!;
}

/** Every element with this name, depth first in document order. */
export function findAll(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const visit = (n: XmlNode) => {
    if (n.name === name) out.push(n);
    for (const child of n.children) visit(child);
  };
  visit(node);
  return out;
}

/** The first child element with this name. */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** The concatenated w:t text under a node. */
export function textOf(node: XmlNode): string {
  return findAll(node, 'w:t')
    .map((t) => t.text)
    .join('');
}

/** The parts of a DOCX as strings. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const decoder = new TextDecoder();
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([path, data]) => [path, decoder.decode(data)]),
  );
}
