/** The shape of a rubric diff, as printed by `rubricate diff --format json` (schema/diff.schema.json). */

/** Version of the JSON shape; raised only when a field is removed or changes meaning. */
export const DIFF_FORMAT_VERSION = 1;

/** Every kind of item change, in the order reports list them. */
export const ITEM_KINDS = [
  'unchanged',
  'reworded',
  'renumbered',
  'moved',
  'priority',
  'split',
  'merged',
  'added',
  'removed',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
/** Aspects of a change to an item that still exists: several can hold at once. */
export type ItemAspect = 'reworded' | 'renumbered' | 'moved' | 'priority';

/** One run of words: kept, only in the old text, or only in the new text (spaces included). */
export interface WordChange {
  op: 'equal' | 'removed' | 'added';
  text: string;
}

/** An item as it stands in one edition. */
export interface ItemRef {
  id: string;
  section: string;
  number: number;
  text: string;
  priority: boolean;
}

/** What became of one item, or of the items that split from or merged into one. */
export interface ItemChange {
  /** The headline: split/merged/added/removed, else the most visible aspect, else unchanged. */
  kind: ItemKind;
  /** Id of the ingredient the change is reported under: the new one, or for removed items the old one's counterpart. */
  ingredient: string;
  /** Every aspect that changed, in a fixed order (empty when unchanged, added or removed). */
  aspects: ItemAspect[];
  /** Similarity of the old wording to the new (0..1, three decimals); null for added and removed items. */
  score: number | null;
  old: ItemRef[];
  new: ItemRef[];
  /** Word-level diff of the old text(s) against the new text(s); empty for added and removed items. */
  words: WordChange[];
}

/** A change to one named value outside the items (metadata, scale, planning columns, prompts, sections). */
export interface FieldChange {
  /** Dotted path, e.g. `title`, `levels.strength.label`, `greatest-strengths.text`. */
  field: string;
  old: string | null;
  new: string | null;
  words: WordChange[];
}

/** What became of one ingredient (section). */
export interface SectionChange {
  kind: 'unchanged' | 'changed' | 'added' | 'removed';
  old: { id: string; title: string } | null;
  new: { id: string; title: string } | null;
  fields: FieldChange[];
}

/** Counts of item changes by kind (headline and aspects together: a moved and reworded item counts in both). */
export type KindCounts = Record<ItemKind, number>;

/** The `--stat` numbers. */
export interface DiffStat {
  items: KindCounts;
  sections: { section: string; title: string; counts: KindCounts }[];
  metadata: number;
  scale: number;
  planningColumns: number;
  reflectionPrompts: number;
  sectionChanges: number;
}

/** Everything that changed from one rubric to another. */
export interface RubricDiff {
  version: number;
  old: { id: string; title: string; edition: string };
  new: { id: string; title: string; edition: string };
  threshold: number;
  identical: boolean;
  stat: DiffStat;
  metadata: FieldChange[];
  scale: FieldChange[];
  planningColumns: FieldChange[];
  reflectionPrompts: FieldChange[];
  sections: SectionChange[];
  items: ItemChange[];
}
