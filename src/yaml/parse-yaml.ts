import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseWithLibrary } from './library-yaml.js';
import { readPlainYaml } from './plain-yaml.js';
import { MAX_LIBRARY_YAML_CHARS } from './yaml-limits.js';
import type { YamlLocator, YamlPath } from './yaml-locator.js';

export { MAX_ALIASES, MAX_DEPTH } from './yaml-limits.js';

/** A parsed YAML file: the plain value plus what is needed to map a JSON pointer back to line and column. */
export interface ParsedYaml {
  file: string;
  text: string;
  value: unknown;
  locator: YamlLocator;
}

/**
 * Parses YAML text safely: exactly one document, YAML 1.2 core schema, no duplicate keys, no unknown tags,
 * string keys only, bounded depth and alias expansion, no recursive aliases. Every problem becomes a
 * positioned diagnostic; the value is returned only when there are none. Plain files (block mappings and
 * lists of one-line values, as nearly every rubric and responses file is) are read in linear time by the
 * plain reader; the rest by the yaml library, up to MAX_LIBRARY_YAML_CHARS.
 */
export function parseYaml(text: string, file: string): { parsed?: ParsedYaml; diagnostics: Diagnostic[] } {
  const plain = readPlainYaml(text, file);
  if (plain.value !== undefined) {
    if (plain.diagnostics.length > 0) return { diagnostics: plain.diagnostics };
    return { parsed: { file, text, value: plain.value, locator: plain.locator }, diagnostics: [] };
  }
  if (text.length > MAX_LIBRARY_YAML_CHARS) return { diagnostics: [tooLarge(text, file, plain.notPlainAt)] };
  return parseWithLibrary(text, file);
}

function tooLarge(text: string, file: string, at: number): Diagnostic {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  const size = `${(text.length / 1024 / 1024).toFixed(1)} MiB`;
  return {
    file,
    line,
    column,
    severity: 'error',
    code: 'input/too-large',
    message: `refused: this ${size} file goes beyond plain mappings, lists and one-line values here (flow collections over several lines, block scalars, anchors, tags or comments after values), which is read only in files up to ${MAX_LIBRARY_YAML_CHARS / 1024} KiB (limits: docs/limits.md)`,
  };
}

/**
 * Line and column of the value (or, with `key`, of the key) at a JSON pointer path; falls back to the
 * nearest enclosing node that exists.
 */
export function positionOf(
  parsed: ParsedYaml,
  path: YamlPath,
  key = false,
): { line: number; column: number } {
  return parsed.locator.linePos(parsed.locator.offsetOf(path, key));
}
