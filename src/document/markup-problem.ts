/** What went wrong in the rendered markup and at which offset, in words a template author can act on. */
export interface MarkupProblem {
  offset: number;
  reason: string;
}

const BARE_AMPERSAND =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|&(?!#[0-9]+;|#x[0-9a-fA-F]+;|[A-Za-z_:][\w.:-]*;)/g;

/**
 * Turns a saxes well-formedness error into a plain message at the offset that caused it: a bare `&` (which
 * saxes reports much later, as an unclosed tag), an unclosed element (reported at its own start tag, not at
 * the close tag that gave it away), an unknown entity, or a character XML cannot hold.
 */
export function markupProblem(
  markup: string,
  position: number,
  saxesMessage: string,
  open: { name: string; start: number }[],
  closed?: { name: string; start: number },
): MarkupProblem {
  const message = saxesMessage.replace(/^(?:.*?:)?\d+:\d+: /, '').replace(/\.$/, '');
  const bare = bareAmpersand(markup, position);
  if (bare !== undefined)
    return {
      offset: bare,
      reason: 'a bare "&": write &amp; for an ampersand (text printed with {{…}} is escaped for you)',
    };
  const innermost = open[open.length - 1];
  const close = markup.lastIndexOf('</', position);
  const closing = /^<\/([^\s>]*)/.exec(markup.slice(close))?.[1] ?? '';
  if (message === 'unexpected close tag' && closed)
    return {
      offset: closed.start,
      reason: `unclosed <${closed.name}>: </${closing}> comes before its </${closed.name}>`,
    };
  if (message.startsWith('unmatched closing tag'))
    return { offset: close, reason: `</${closing}> closes no open element` };
  const unclosed = /^unclosed tag: (.*)$/.exec(message);
  if (unclosed && innermost)
    return {
      offset: innermost.start,
      reason: `unclosed <${innermost.name}>: it is never closed with </${innermost.name}>`,
    };
  if (message === 'undefined entity') {
    const start = markup.lastIndexOf('&', position);
    const entity = /^&[^;\s]*;?/.exec(markup.slice(start))?.[0] ?? '&';
    return { offset: start, reason: `unknown entity "${entity}": write &amp; for an ampersand` };
  }
  if (message === 'disallowed character') {
    const offset = Math.max(0, position - 1);
    const code = markup.codePointAt(offset) ?? 0;
    return {
      offset,
      reason: `the character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in a worksheet`,
    };
  }
  return { offset: Math.max(0, position - 1), reason: message };
}

/** The offset of the first `&` before `position` that starts no entity or character reference. */
function bareAmpersand(markup: string, position: number): number | undefined {
  BARE_AMPERSAND.lastIndex = 0;
  for (
    let match = BARE_AMPERSAND.exec(markup);
    match && match.index <= position;
    match = BARE_AMPERSAND.exec(markup)
  )
    if (match[0] === '&') return match.index;
  return undefined;
}
