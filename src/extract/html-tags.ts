/** A start tag found in HTML: lower-cased name, attributes (entities decoded), and for textarea its text. */
export interface HtmlTag {
  name: string;
  attributes: Map<string, string>;
  /** Content of a textarea (RCDATA, entities decoded), or of the manifest's JSON script (raw). */
  text?: string;
}

const RAW = new Set(['script', 'style', 'textarea', 'title']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The start tags of an HTML document in order, in one linear pass: comments, declarations and end tags
 * are skipped, script/style content is never looked into, textarea content is kept. This is not a full
 * HTML parser; it reads the simple markup of a saved rubricate worksheet, where inputs carry their
 * answers in name/value/checked attributes.
 */
export function htmlTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) break;
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    const name = /^<([A-Za-z][A-Za-z0-9-]*)/.exec(html.slice(open, open + 64))?.[1]?.toLowerCase();
    if (!name) {
      const end = html.indexOf('>', open + 1);
      at = end < 0 ? html.length : end + 1;
      continue;
    }
    const { attributes, end } = readAttributes(html, open + 1 + name.length);
    at = end;
    const tag: HtmlTag = { name, attributes };
    if (RAW.has(name)) {
      const close = new RegExp(`</${name}[\\s/>]`, 'gi');
      close.lastIndex = at;
      const found = close.exec(html);
      const stop = found ? found.index : html.length;
      if (name === 'textarea') tag.text = decodeEntities(html.slice(at, stop).replace(/^\r?\n/, ''));
      // The one script read, as data: the worksheet's field manifest (JSON, never run).
      else if (name === 'script' && attributes.get('id') === 'rubricate-manifest')
        tag.text = html.slice(at, stop);
      at = stop;
    }
    tags.push(tag);
  }
  return tags;
}

function readAttributes(html: string, from: number): { attributes: Map<string, string>; end: number } {
  const attributes = new Map<string, string>();
  const pattern = /\s*(?:(\/?>)|([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|\/)/y;
  pattern.lastIndex = from;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    if (match[1]) return { attributes, end: pattern.lastIndex };
    const key = match[2]?.toLowerCase();
    if (key !== undefined && !attributes.has(key))
      attributes.set(key, decodeEntities(match[3] ?? match[4] ?? match[5] ?? ''));
  }
  return { attributes, end: html.length };
}

/** Numeric references and the few named ones a worksheet uses; anything else is left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : '\ufffd';
  });
}
