import { type Document, isScalar, visit } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';

/**
 * Every repeated key of every mapping, at the position of its second (third …) appearance. One Set per
 * mapping, so linear in the number of keys; the yaml library's own uniqueKeys check compares each new key
 * with all before it, which took 110 s for a 100,000-key file.
 */
export function duplicateKeys(
  doc: Document.Parsed,
  diag: (offset: number, code: string, message: string) => Diagnostic,
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key) || typeof key.value !== 'string') continue;
        if (!seen.has(key.value)) {
          seen.add(key.value);
          continue;
        }
        const name = sanitizeForDisplay(key.value, 60);
        problems.push(
          diag(
            key.range?.[0] ?? 0,
            'yaml/duplicate-key',
            `duplicate key "${name}": a key may appear only once in a mapping`,
          ),
        );
      }
    },
  });
  // The walk meets an outer mapping's keys before an inner one's: report them in the order of the text.
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
