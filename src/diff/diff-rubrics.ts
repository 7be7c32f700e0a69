import type { Rubric } from '../rubric/rubric.generated.js';
import { alignItems } from './align-items.js';
import { alignSections } from './align-sections.js';
import { classifyItems, type PlacedItem } from './classify-items.js';
import { compareFields } from './compare-fields.js';
import { compareSections } from './compare-sections.js';
import { diffStat } from './diff-stat.js';
import { rubricFields } from './rubric-fields.js';
import { DIFF_FORMAT_VERSION, type RubricDiff } from './types.js';

/** Default similarity (0..1) an item pair needs to be reported as the same item. */
export const DEFAULT_THRESHOLD = 0.3;

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
    oldItems.map((p) => p.item),
    newItems.map((p) => p.item),
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

function placeItems(rubric: Rubric): PlacedItem[] {
  return rubric.sections.flatMap((section, sectionIndex) =>
    section.items.map((item) => ({ item, section, sectionIndex })),
  );
}
