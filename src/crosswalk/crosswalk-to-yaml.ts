import { Document, isScalar, isSeq, visit } from 'yaml';
import type { Crosswalk } from './crosswalk.js';

const HEADER = ` Crosswalk written by rubricate diff. Review each entry: correct "old" and "new" (lists of item ids),
 set "kind" (unchanged, reworded, renumbered, moved, priority, split, merged, added, removed) and add a
 "note" where useful. "similarity" is informative only. Used by: rubricate score --crosswalk FILE`;

/** The crosswalk as commented YAML, with id lists written inline (`old: [capacity-building.1]`) for review. */
export function crosswalkToYaml(crosswalk: Crosswalk): string {
  const doc = new Document(crosswalk);
  doc.commentBefore = HEADER;
  visit(doc, {
    Seq(_key, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  // Entries stay apart so that an editor can move or delete one at a time.
  const items = doc.get('items');
  if (isSeq(items))
    for (const entry of items.items.slice(1)) (entry as { spaceBefore?: boolean }).spaceBefore = true;
  return doc.toString({ lineWidth: 0 });
}
