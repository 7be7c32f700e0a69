import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  visit,
  type YAMLError,
  type Node as YamlNode,
} from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { documentLocator } from './document-locator.js';
import { duplicateKeys } from './duplicate-keys.js';
import type { ParsedYaml } from './parse-yaml.js';
import { MAX_ALIASES, MAX_DEPTH } from './yaml-limits.js';

const CODES: Record<string, string> = {
  TAB_AS_INDENT: 'yaml/tab-indent',
  BAD_INDENT: 'yaml/bad-indentation',
  RESOURCE_EXHAUSTION: 'yaml/too-deep',
  TAG_RESOLVE_FAILED: 'yaml/unknown-tag',
  BAD_ALIAS: 'yaml/bad-alias',
};

/**
 * Parses YAML text with the yaml library: exactly one document, YAML 1.2 core schema, no duplicate keys
 * (checked here in linear time: the library's own check compares every key with every other), no unknown
 * tags, string keys only, bounded depth and alias expansion, no recursive aliases. Every problem becomes a
 * positioned diagnostic; the value is returned only when there are none.
 */
export function parseWithLibrary(
  text: string,
  file: string,
): { parsed?: ParsedYaml; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const diag = (offset: number, code: string, message: string): Diagnostic => ({
    file,
    ...at(offset),
    severity: 'error',
    code,
    message,
  });
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: false,
      strict: true,
      version: '1.2',
      schema: 'core',
      merge: false,
    }) as Document.Parsed[];
  } catch (error) {
    return {
      diagnostics: [
        { file, line: 0, column: 0, severity: 'error', code: 'yaml/syntax', message: String(error) },
      ],
    };
  }
  if (!Array.isArray(docs)) docs = [docs];
  const first = docs[0];
  if (first === undefined || first.contents === null) {
    return { diagnostics: [diag(0, 'yaml/empty', 'empty document, expected a mapping')] };
  }
  const problems = withoutCascade([
    ...first.errors.concat(first.warnings).map((e) => fromYamlError(e, text, diag)),
    ...duplicateKeys(first, diag),
  ]);
  if (docs.length > 1) {
    const second = docs[1]!;
    problems.push(
      diag(second.range[0], 'yaml/multiple-documents', `expected 1 document, found ${docs.length}`),
    );
  }
  if (problems.length === 0) for (const d of checkTree(first, diag)) problems.push(d);
  if (problems.length === 0 && !isMap(first.contents)) {
    problems.push(
      diag(first.contents.range?.[0] ?? 0, 'yaml/not-a-mapping', 'expected a mapping at top level'),
    );
  }
  if (problems.length > 0) return { diagnostics: dedupe(problems) };
  try {
    // The library counts the anchor itself as one use: MAX_ALIASES aliases of one anchor stay within.
    const value = first.toJS({ maxAliasCount: MAX_ALIASES + 1 });
    return { parsed: { file, text, value, locator: documentLocator(first, lineCounter) }, diagnostics: [] };
  } catch (error) {
    return { diagnostics: [diag(0, 'yaml/alias-limit', `refused: ${(error as Error).message}`)] };
  }
}

function fromYamlError(e: YAMLError, text: string, diag: Diag): Diagnostic {
  const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (e.code === 'RESOURCE_EXHAUSTION' || /call stack/i.test(message)) {
    return diag(e.pos[0], 'yaml/too-deep', `nesting too deep (more than ${MAX_DEPTH} levels)`);
  }
  const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
  if (quote) {
    // The parser notices at the end of the input; point where the quoted string opens instead.
    const opening = openingQuote(text, e.pos[0], quote);
    return diag(
      opening,
      'yaml/unterminated-quote',
      `this ${quote === '"' ? 'double' : 'single'}-quoted string is never closed`,
    );
  }
  if (e.code === 'TAG_RESOLVE_FAILED') {
    const tag = message.replace(/^Unresolved tag: /, '').replace(/^tag:yaml\.org,2002:/, '!!');
    return diag(
      e.pos[0],
      'yaml/unknown-tag',
      `unknown tag ${sanitizeForDisplay(tag, 60)}: rubricate reads plain YAML only and never resolves tags`,
    );
  }
  return diag(e.pos[0], CODES[e.code] ?? 'yaml/syntax', sanitizeForDisplay(message, 200));
}

/**
 * After one generic syntax error the parser reports many that only follow from it; keep the specific
 * errors (tabs, duplicate keys, tags …) and at most the first generic one.
 */
function withoutCascade(list: Diagnostic[]): Diagnostic[] {
  const specific = list.filter((d) => d.code !== 'yaml/syntax');
  if (specific.length > 0) return specific;
  return list.slice(0, 1);
}

/** Offset of the quote that opens the unterminated scalar ending at `end`: the last one that follows `: `, `- ` or a line start. */
function openingQuote(text: string, end: number, quote: string): number {
  const pattern = new RegExp(`(^|[:\\-,\\[{]\\s+|^\\s*)${quote}`, 'gm');
  let found = end;
  for (const match of text.slice(0, end).matchAll(pattern)) found = match.index + match[0].length - 1;
  return found;
}

export type Diag = (o: number, c: string, m: string) => Diagnostic;

/** Walks the syntax tree once: key types, nesting depth, aliases that are undefined or recursive. */
function checkTree(doc: Document.Parsed, diag: Diag): Diagnostic[] {
  const problems: Diagnostic[] = [];
  let aliases = 0;
  visit(doc, {
    Pair(_key, pair) {
      const key = pair.key;
      if (!isScalar(key) || typeof key.value !== 'string') {
        const offset = (key as YamlNode | null)?.range?.[0] ?? 0;
        problems.push(diag(offset, 'yaml/non-string-key', 'keys must be strings'));
        return visit.SKIP;
      }
      return undefined;
    },
    Collection(_key, node, path) {
      // The top-level mapping is level 1; MAX_DEPTH mappings and lists inside one another are read.
      if (path.filter((n) => isMap(n) || isSeq(n)).length + 1 > MAX_DEPTH) {
        problems.push(diag(node.range?.[0] ?? 0, 'yaml/too-deep', `nesting deeper than ${MAX_DEPTH} levels`));
        return visit.BREAK;
      }
      return undefined;
    },
    Alias(_key, alias, path) {
      aliases++;
      const offset = alias.range?.[0] ?? 0;
      if (aliases > MAX_ALIASES) {
        problems.push(diag(offset, 'yaml/alias-limit', `more than ${MAX_ALIASES} aliases`));
        return visit.BREAK;
      }
      if (alias.resolve(doc) === undefined) {
        problems.push(
          diag(offset, 'yaml/bad-alias', `alias *${sanitizeForDisplay(alias.source, 40)} has no anchor`),
        );
      } else if (path.some((n) => (isMap(n) || isSeq(n) || isScalar(n)) && n.anchor === alias.source)) {
        problems.push(
          diag(offset, 'yaml/recursive-alias', `recursive alias *${sanitizeForDisplay(alias.source, 40)}`),
        );
      }
      return undefined;
    },
  });
  return problems;
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const k = `${d.line}:${d.column}:${d.code}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
