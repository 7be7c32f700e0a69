import { createHash } from 'node:crypto';
import type { Rubric } from '../rubric/rubric.generated.js';

const cache = new WeakMap<Rubric, Record<string, string>>();

/** A short hash of one piece of rubric wording: enough to notice that it changed, not to recover it. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/**
 * Item id → hash of the item's wording, and `reflection.<id>` → hash of each reflection prompt's wording,
 * computed once per rubric (a batch renders many documents from one rubric). A worksheet's manifest carries
 * these, so that extract can name the items whose text changed since the worksheet was made.
 */
export function itemHashes(rubric: Rubric): Record<string, string> {
  let hashes = cache.get(rubric);
  if (hashes) return hashes;
  hashes = {};
  for (const section of rubric.sections)
    for (const item of section.items) hashes[item.id] = textHash(item.text);
  for (const prompt of rubric.reflectionPrompts ?? [])
    hashes[`reflection.${prompt.id}`] = textHash(prompt.text);
  cache.set(rubric, hashes);
  return hashes;
}
