import { Document, isMap, isScalar, isSeq, type YAMLSeq } from 'yaml';
import type { Rubric } from '../rubric/rubric.generated.js';
import type { Crosswalk } from './crosswalk.js';

const HEADER = ` Crosswalk written by rubricate diff. Review each entry: correct "old" and "new" (lists of item ids;
 each id is followed by the item's wording as a comment), set "kind" (unchanged, reworded, renumbered,
 moved, priority, split, merged, added, removed) and add a "note" where useful. "similarity" is
 informative only. Used by: rubricate score --crosswalk FILE`;

/** The wording of each item of the two editions, by id, written beside the ids for review. */
export interface CrosswalkTexts {
  old: ReadonlyMap<string, string>;
  new: ReadonlyMap<string, string>;
}

/**
 * The crosswalk as commented YAML for review: each item id on a line of its own with the item's wording
 * beside it as a comment (when `texts` are given), so an editor can judge the alignment in one file.
 */
export function crosswalkToYaml(crosswalk: Crosswalk, texts?: CrosswalkTexts, header = HEADER): string {
  const doc = new Document(crosswalk);
  doc.commentBefore = header;
  const items = doc.get('items');
  if (isSeq(items))
    items.items.forEach((entry, k) => {
      // Entries stay apart so that an editor can move or delete one at a time.
      if (k > 0) (entry as { spaceBefore?: boolean }).spaceBefore = true;
      if (!isMap(entry)) return;
      for (const side of ['old', 'new'] as const) {
        const ids = entry.get(side, true) as YAMLSeq | undefined;
        if (!isSeq(ids)) continue;
        if (!texts || ids.items.length === 0) ids.flow = true;
        else
          for (const id of ids.items)
            if (isScalar(id)) id.comment = comment(texts[side].get(String(id.value)));
      }
    });
  return doc.toString({ lineWidth: 0 });
}

/** The texts of two rubrics' items by id. */
export function crosswalkTexts(older: Rubric, newer: Rubric): CrosswalkTexts {
  const byId = (rubric: Rubric) =>
    new Map(rubric.sections.flatMap((s) => s.items.map((item) => [item.id, item.text] as const)));
  return { old: byId(older), new: byId(newer) };
}

function comment(text: string | undefined): string | undefined {
  // One line: a line break inside a comment would end it.
  return text === undefined ? undefined : ` ${text.replace(/[\s\p{Cc}\p{Cf}]+/gu, ' ')}`;
}
