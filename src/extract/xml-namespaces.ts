import type { XmlElement } from './safe-xml.js';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/**
 * Namespace prefixes in scope while streaming XML: a stack of URIs per prefix, so each lookup is one map
 * access. (saxes's own resolver walks the whole element stack for every name, which is quadratic in the
 * nesting depth.) Undeclared prefixes, rebinding `xml`/`xmlns` and malformed qualified names are errors.
 */
export class XmlNamespaces {
  private readonly bindings = new Map<string, string[]>([
    ['xml', [XML_NS]],
    ['xmlns', [XMLNS_NS]],
  ]);
  private readonly declared: string[][] = [];
  private readonly elements: XmlElement[] = [];

  /** Resolves a start tag, after applying the namespace declarations it carries. */
  open(name: string, raw: Record<string, string>, fail: (reason: string) => Error): XmlElement {
    const mine: string[] = [];
    for (const [attribute, value] of Object.entries(raw)) {
      if (attribute !== 'xmlns' && !attribute.startsWith('xmlns:')) continue;
      const prefix = attribute === 'xmlns' ? '' : attribute.slice(6);
      if (prefix === 'xml' || prefix === 'xmlns') throw fail(`the "${prefix}" prefix cannot be redeclared`);
      if (prefix !== '' && value === '')
        throw fail(`namespace prefix "${prefix.slice(0, 40)}" bound to nothing`);
      const stack = this.bindings.get(prefix) ?? [];
      stack.push(value);
      this.bindings.set(prefix, stack);
      mine.push(prefix);
    }
    this.declared.push(mine);
    const [uri, local] = this.resolve(name, true, fail);
    const attributes = new Map<string, string>();
    for (const [attribute, value] of Object.entries(raw)) {
      if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) continue;
      const [attributeUri, attributeLocal] = this.resolve(attribute, false, fail);
      attributes.set(`{${attributeUri}}${attributeLocal}`, value);
    }
    const element = { uri, local, attributes };
    this.elements.push(element);
    return element;
  }

  /** The element an end tag closes (saxes has checked the names match); its declarations go out of scope. */
  close(): XmlElement {
    for (const prefix of this.declared.pop() ?? []) this.bindings.get(prefix)?.pop();
    return this.elements.pop() as XmlElement;
  }

  /** Unprefixed elements take the default namespace; unprefixed attributes have none. */
  private resolve(name: string, element: boolean, fail: (reason: string) => Error): [string, string] {
    const colon = name.indexOf(':');
    if (colon < 0) return [element ? (this.lookup('') ?? '') : '', name];
    if (colon === 0 || colon === name.length - 1 || name.indexOf(':', colon + 1) >= 0)
      throw fail(`malformed qualified name "${name.slice(0, 60)}"`);
    const prefix = name.slice(0, colon);
    const uri = this.lookup(prefix);
    if (uri === undefined) throw fail(`unbound namespace prefix "${prefix.slice(0, 40)}"`);
    return [uri, name.slice(colon + 1)];
  }

  private lookup(prefix: string): string | undefined {
    const stack = this.bindings.get(prefix);
    return stack && stack.length > 0 ? stack[stack.length - 1] : undefined;
  }
}
