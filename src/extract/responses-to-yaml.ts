import { Document, isScalar, visit } from 'yaml';
import { schemaModeline } from '../io/schema-address.js';
import type { Responses } from '../responses/responses.generated.js';

/** Characters that are legal in YAML but invisible or reordering: kept as escapes, never written raw. */
const INVISIBLE =
  /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/;

/**
 * Responses as a YAML file, starting with the modeline that points editors at the responses schema
 * (`schema`: its address as seen from the file, see schemaAddress). Answers are kept
 * faithfully: strings with control, zero-width, bidi or separator characters are written double-quoted
 * with those characters as escapes (the yaml library escapes C0 controls itself), so no raw NUL, BOM or
 * RTL override ever lands in the file, and reading it back gives exactly the same text.
 */
export function responsesToYaml(responses: Responses, schema: string): string {
  const document = new Document(responses);
  visit(document, {
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && INVISIBLE.test(node.value))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  const text = document.toString({ lineWidth: 0 });
  // Every string holding such a character is double-quoted now, where \uXXXX is a valid escape.
  const escaped = text.replace(
    new RegExp(INVISIBLE.source, 'g'),
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${schemaModeline(schema)}\n${escaped}`;
}
