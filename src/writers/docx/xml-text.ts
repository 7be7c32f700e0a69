/**
 * WordprocessingML is written as strings: a 45-item worksheet has thousands of elements, and building them as
 * object trees for a generic serializer cost most of the write time. Every text and attribute value goes
 * through `text` or `attribute` here, so nothing unescaped reaches the XML.
 */

/** Characters XML 1.0 cannot hold (C0 controls but tab, line feed and return; non-characters; lone surrogates). */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/u;
/** What may need replacing, surrogate pairs included: a quick test, without the slower Unicode mode. */
const TEXT_SUSPECT = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
const ATTRIBUTE_SUSPECT = /[&<>"'\u0000-\u001f\ud800-\udfff\ufffe\uffff]/;
const TEXT_SPECIAL = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/gu;
const ATTRIBUTE_SPECIAL = /[&<>"'\t\n\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Written as references so that attribute-value normalisation does not turn them into spaces.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

function replaceWith(suspect: RegExp, special: RegExp): (value: string) => string {
  const replace = (char: string) => (FORBIDDEN.test(char) ? '' : ENTITIES[char]!);
  return (value) => (suspect.test(value) ? value.replace(special, replace) : value);
}

/** Escapes character data; characters XML cannot hold are dropped. */
export const text: (value: string) => string = replaceWith(TEXT_SUSPECT, TEXT_SPECIAL);

/** Escapes an attribute value (for double quotes); characters XML cannot hold are dropped. */
export const attribute: (value: string) => string = replaceWith(ATTRIBUTE_SUSPECT, ATTRIBUTE_SPECIAL);

/** `<name w:val="value"/>`, the commonest WordprocessingML element; numbers need no escaping. */
export function valued(name: string, value: string | number): string {
  return `<${name} w:val="${typeof value === 'number' ? value : attribute(value)}"/>`;
}

/** The XML declaration every part starts with. */
export const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
