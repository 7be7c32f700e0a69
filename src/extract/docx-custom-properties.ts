import { quote, rejectInput } from './input-error.js';
import type { XmlVisitor } from './safe-xml.js';

const CUSTOM = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';

/**
 * A visitor for docProps/custom.xml that collects the `rubricate.*` custom properties (docs/fields.md) as
 * text. A property named twice is ambiguous and rejected.
 */
export function docxCustomProperties(file: string): { visitor: XmlVisitor; properties: Map<string, string> } {
  const properties = new Map<string, string>();
  let name: string | undefined;
  let text: string[] = [];
  const visitor: XmlVisitor = {
    open(element) {
      if (element.uri === CUSTOM && element.local === 'property') {
        name = element.attributes.get('{}name');
        text = [];
      }
    },
    close(element) {
      if (element.uri !== CUSTOM || element.local !== 'property' || name === undefined) return;
      if (name.startsWith('rubricate.')) {
        if (properties.has(name))
          throw rejectInput(file, `ambiguous document property ${quote(name)} (set twice)`);
        properties.set(name, text.join(''));
      }
      name = undefined;
    },
    text(t) {
      if (name !== undefined) text.push(t);
    },
  };
  return { visitor, properties };
}
