import { SaxesParser } from 'saxes';
import { quote, refuseInput, rejectInput } from './input-error.js';
import { LIMITS } from './limits.js';
import { XmlNamespaces } from './xml-namespaces.js';

/** An element as the visitor sees it: namespace URI and local name (never the prefix) and attributes. */
export interface XmlElement {
  uri: string;
  local: string;
  /** Attribute value by `{uri}local`, e.g. `{http://…/main}val`. */
  attributes: Map<string, string>;
}

export interface XmlVisitor {
  open(element: XmlElement): void;
  close(element: XmlElement): void;
  text(text: string): void;
}

/**
 * Parses one XML part with saxes (non-validating, never fetches anything) and streams it to a visitor.
 * Rejects any DOCTYPE (so no internal or external entities: XXE and entity bombs cannot happen), malformed
 * XML and undeclared namespace prefixes with line and column, and illegal characters; refuses nesting
 * deeper than LIMITS.xmlDepth. Decodes UTF-8 and UTF-16 by BOM; invalid UTF-8 is an error, never U+FFFD.
 */
export function safeXml(file: string, part: string, bytes: Uint8Array, visitor: XmlVisitor): void {
  const text = decodeXml(file, part, bytes);
  const parser = new SaxesParser({ position: true });
  const namespaces = new XmlNamespaces();
  let depth = 0;
  const at = () => `line ${parser.line}, col ${parser.column + 1}`;
  const fail = (reason: string) => rejectInput(file, `${part} is not well-formed XML at ${at()}: ${reason}`);
  parser.on('error', (error) => {
    const bare = bareAmpersand(text);
    const where = bare && before(bare, error.message) ? bare : position(error.message);
    throw rejectInput(file, `${part} is not well-formed XML at ${where}`);
  });
  parser.on('doctype', () => {
    throw rejectInput(
      file,
      `${part} at ${at()}: DOCTYPE declarations are not allowed (no entities are expanded)`,
    );
  });
  parser.on('opentag', (tag) => {
    depth += 1;
    if (depth > LIMITS.xmlDepth)
      throw refuseInput(file, `${part} at ${at()}: XML nested deeper than ${LIMITS.xmlDepth} elements`);
    visitor.open(namespaces.open(tag.name, tag.attributes as Record<string, string>, fail));
  });
  parser.on('closetag', () => {
    depth -= 1;
    visitor.close(namespaces.close());
  });
  parser.on('text', (t) => visitor.text(t));
  parser.on('cdata', (t) => visitor.text(t));
  parser.write(text).close();
}

/** saxes reports `line:column: message` with a 0-based column; we show 1-based "line L, col C: message". */
function position(message: string): string {
  const match = /^(\d+):(\d+): (.*)$/s.exec(message);
  if (!match) return `?: ${quote(message, 200)}`;
  return `line ${match[1]}, col ${Number(match[2]) + 1}: ${match[3]!.slice(0, 200)}`;
}

/**
 * saxes reads a bare `&` as the start of an entity name up to the next `;`, so its error lands far away;
 * this finds the first `&` that starts no reference (outside comments and CDATA) to point at the real cause.
 */
function bareAmpersand(text: string): string | undefined {
  const pattern =
    /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|&(?!#[0-9]+;|#x[0-9a-fA-F]+;|[A-Za-z_:][\w.:-]*;)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] !== '&') continue;
    const lines = text.slice(0, match.index).split('\n');
    return `line ${lines.length}, col ${lines[lines.length - 1]!.length + 1}: bare "&" (write &amp;)`;
  }
  return undefined;
}

function before(found: string, message: string): boolean {
  const [, line = '0', column = '0'] = /^line (\d+), col (\d+)/.exec(found) ?? [];
  const [, eLine = '0', eColumn = '0'] = /^(\d+):(\d+):/.exec(message) ?? [];
  return Number(line) < Number(eLine) || (line === eLine && Number(column) <= Number(eColumn) + 1);
}

function decodeXml(file: string, part: string, bytes: Uint8Array): string {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  let encoding = 'utf-8';
  let start = 0;
  if (a === 0xef && b === 0xbb && c === 0xbf) start = 3;
  else if (a === 0xff && b === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (a === 0xfe && b === 0xff) [encoding, start] = ['utf-16be', 2];
  else if (a === 0x3c && b === 0x00) encoding = 'utf-16le';
  else if (a === 0x00 && b === 0x3c) encoding = 'utf-16be';
  if (encoding !== 'utf-8' && (bytes.length - start) % 2 !== 0)
    throw rejectInput(file, `${part} is not valid ${encoding.toUpperCase()} (odd number of bytes)`);
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
    rejectOtherDeclaredEncoding(file, part, text);
    return text;
  } catch (error) {
    if ((error as Error).name === 'UserError') throw error;
    throw rejectInput(file, `${part} is not valid ${encoding.toUpperCase()}`);
  }
}

/** An XML declaration naming an encoding we did not decode with (e.g. windows-1252) is not guessed at. */
function rejectOtherDeclaredEncoding(file: string, part: string, text: string): void {
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([^"']*)["']/.exec(text)?.[1]?.toLowerCase();
  if (declared && !['utf-8', 'utf8', 'utf-16', 'utf-16le', 'utf-16be'].includes(declared))
    throw rejectInput(file, `${part} declares the unsupported encoding ${quote(declared, 40)}`);
}
