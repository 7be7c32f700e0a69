import type { Table } from '../../document/model.js';
import type { SectionContext } from './section-context.js';

/** A table as last written at one place of a document, with everything its XML depends on. */
interface Memo {
  table: Table;
  firstId: number;
  idsUsed: number;
  fontSize: number;
  textWidth: number;
  documentSize: number;
  xml: string;
}

const memos = new Map<string, Memo>();

/**
 * `write()`'s XML for a table, or the XML written last time for an equal table at the same place with the
 * same content-control ids and sizes. A batch renders one rubric again and again with other template values;
 * most of its tables do not change from row to row, and comparing model data costs a fraction of writing the
 * XML again. The returned string is then the very one cached, which the compressed-piece cache (zip-entry.ts)
 * recognises at once. `place` names the table's position in the document.
 */
export function rememberedTable(
  place: string,
  table: Table,
  context: SectionContext,
  write: () => string,
): string {
  const memo = memos.get(place);
  if (
    memo !== undefined &&
    memo.firstId === context.ids.next &&
    memo.fontSize === context.fontSize &&
    memo.textWidth === context.textWidth &&
    memo.documentSize === context.documentSize &&
    sameData(memo.table, table)
  ) {
    context.ids.next += memo.idsUsed;
    return memo.xml;
  }
  const firstId = context.ids.next;
  const xml = write();
  memos.set(place, {
    // A copy: the caller may change its model and write it again.
    table: structuredClone(table),
    firstId,
    idsUsed: context.ids.next - firstId,
    fontSize: context.fontSize,
    textWidth: context.textWidth,
    documentSize: context.documentSize,
    xml,
  });
  return xml;
}

/** Deep equality of plain data (objects, arrays, strings, numbers, booleans), as the document model is. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const key in x) {
    if (!Object.hasOwn(y, key) || !sameData(x[key], y[key])) return false;
    keys++;
  }
  for (const _ in y) keys--;
  return keys === 0;
}
