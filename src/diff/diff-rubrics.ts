import type { Rubric } from '../rubric/rubric.generated.js';
import { type AlignableItem, alignItems } from './align-items.js';
import { alignSections, type SectionPair } from './align-sections.js';
import { classifyItems, type PlacedItem } from './classify-items.js';
import { compareFields } from './compare-fields.js';
import { compareSections } from './compare-sections.js';
import { diffStat } from './diff-stat.js';
import { rubricFields } from './rubric-fields.js';
import { DIFF_FORMAT_VERSION, type RubricDiff } from './types.js';

/** Default similarity (0..1) an item pair needs to be reported as the same item. */
export const DEFAULT_THRESHOLD = 0.2;

export interface DiffOptions {
  /** Similarity an item pair needs to count as the same item (0..1). */
  threshold?: number;
}

/**
 * Everything that changed from one rubric to another: metadata, scale, planning columns, reflection
 * prompts, ingredients, and each item (aligned by wording across the whole rubric). Pure.
 */
export function diffRubrics(older: Rubric, newer: Rubric, options: DiffOptions = {}): RubricDiff {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const sectionPairs = alignSections(older.sections, newer.sections);
  const oldItems = placeItems(older);
  const newItems = placeItems(newer);
  const groups = alignItems(
    alignable(oldItems, sectionPairs, 0),
    alignable(newItems, sectionPairs, 1),
    threshold,
  );
  const ingredients = sectionPairs.map(([o, n]) => {
    const section = (n !== null ? newer.sections[n] : older.sections[o!])!;
    return { id: section.id, title: section.title };
  });
  const oldFields = rubricFields(older);
  const newFields = rubricFields(newer);
  const body = {
    version: DIFF_FORMAT_VERSION,
    old: { id: older.id, title: older.title, edition: older.edition.label },
    new: { id: newer.id, title: newer.title, edition: newer.edition.label },
    threshold,
    metadata: compareFields(oldFields.metadata, newFields.metadata),
    scale: compareFields(oldFields.scale, newFields.scale),
    planningColumns: compareFields(oldFields.planningColumns, newFields.planningColumns),
    reflectionPrompts: compareFields(oldFields.reflectionPrompts, newFields.reflectionPrompts),
    sections: compareSections(older.sections, newer.sections, sectionPairs),
    items: classifyItems(
      groups,
      oldItems,
      newItems,
      sectionPairs,
      ingredients.map((s) => s.id),
    ),
  };
  const stat = diffStat(body, ingredients);
  const identical =
    body.items.every((c) => c.kind === 'unchanged') &&
    body.sections.every((s) => s.kind === 'unchanged') &&
    [body.metadata, body.scale, body.planningColumns, body.reflectionPrompts].every((l) => l.length === 0);
  return {
    version: body.version,
    old: body.old,
    new: body.new,
    threshold,
    identical,
    stat,
    metadata: body.metadata,
    scale: body.scale,
    planningColumns: body.planningColumns,
    reflectionPrompts: body.reflectionPrompts,
    sections: body.sections,
    items: body.items,
  };
}

/** Items with their ingredient pair and place in it, for the aligner's position signal. */
function alignable(
  items: readonly PlacedItem[],
  pairs: readonly SectionPair[],
  side: 0 | 1,
): AlignableItem[] {
  const pairOf = new Map(pairs.map((pair, p) => [pair[side], p]));
  return items.map(({ item, section, sectionIndex }) => {
    const count = section.items.length;
    const place = count > 1 ? section.items.indexOf(item) / (count - 1) : 0;
    return { id: item.id, text: item.text, section: pairOf.get(sectionIndex), place };
  });
}

function placeItems(rubric: Rubric): PlacedItem[] {
  return rubric.sections.flatMap((section, sectionIndex) =>
    section.items.map((item) => ({ item, section, sectionIndex })),
  );
}
