/**
 * A fast reader for the plain shape responses files have (what `init`, `extract` and people editing them
 * write): nested block mappings of plain keys, whose values are null, plain text, or one-line quoted text.
 * It gives exactly what the yaml library would for such files, and undefined for anything else (flow
 * collections, block scalars, anchors, tags, numbers, booleans, duplicate keys, odd indentation…), which
 * then goes through the full parser with its positioned diagnostics. Scoring 10,000 files needs this: the
 * full parser costs several milliseconds per file.
 */
export function parseSimpleYaml(text: string): Record<string, unknown> | undefined {
  // A lone CR is a line break to YAML, also inside what this reader would take for a comment.
  if (/\r(?!\n)/.test(text)) return undefined;
  const root: Record<string, unknown> = {};
  // Open mappings, innermost last, with the indentation of their keys.
  const stack: { indent: number; map: Record<string, unknown> }[] = [{ indent: 0, map: root }];
  let pending: { map: Record<string, unknown>; key: string; indent: number } | undefined;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let at = start;
    while (at < stop && text.charCodeAt(at) === 32) at++;
    const indent = at - start;
    const first = text.charCodeAt(at);
    const body = text.slice(at, stop);
    start = end + 1;
    if (at === stop || first === 35) continue; // blank or comment
    if (first === 9) return undefined; // a tab in the indentation
    if (pending) {
      if (indent > pending.indent) {
        const child: Record<string, unknown> = {};
        pending.map[pending.key] = child;
        stack.push({ indent, map: child });
      }
      pending = undefined;
    }
    while (stack.length > 1 && indent < stack[stack.length - 1]!.indent) stack.pop();
    const top = stack[stack.length - 1]!;
    if (indent !== top.indent) return undefined;
    const match = /^([A-Za-z][A-Za-z0-9._-]*):(?:$| +(.*)$)/.exec(body);
    if (!match || RESERVED.test(match[1]!) || Object.hasOwn(top.map, match[1]!)) return undefined;
    const [, key, rest] = match as unknown as [string, string, string | undefined];
    if (rest === undefined || rest.trim() === '') {
      top.map[key] = null;
      pending = { map: top.map, key, indent };
      continue;
    }
    const value = scalar(rest.trimEnd());
    if (value === undefined) return undefined;
    top.map[key] = value;
  }
  return Object.keys(root).length > 0 ? root : undefined;
}

const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} ,.'’&()/_-]*$/u;
const RESERVED = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/** What YAML 1.2's core schema reads as a number (a plain scalar starting with a digit may be one). */
const NUMBER = /^(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

/** null, plain text, or one-line quoted text as YAML 1.2's core schema reads it; undefined otherwise. */
function scalar(text: string): string | null | undefined {
  if (text === 'null' || text === '~') return null;
  if (text.startsWith('"')) return doubleQuoted(text);
  if (text.startsWith("'")) {
    const inner = text.slice(1, -1);
    if (text.length < 2 || !text.endsWith("'") || /'(?!')/.test(inner.replace(/''/g, ''))) return undefined;
    return /[\u0000-\u0008\u000b-\u001f]/.test(inner) ? undefined : inner.replace(/''/g, "'");
  }
  return PLAIN.test(text) && !RESERVED.test(text) && !NUMBER.test(text) ? text : undefined;
}

/** JSON's escapes mean the same in YAML's double-quoted style; anything JSON refuses goes to the full parser. */
function doubleQuoted(text: string): string | undefined {
  if (!text.endsWith('"') || text.length < 2) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
