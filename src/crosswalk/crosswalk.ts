import type { ItemKind } from '../diff/types.js';

/** One rubric edition named by a crosswalk. */
export interface CrosswalkEdition {
  rubric: string;
  edition?: string;
  hash?: string;
}

/** Old item(s) → new item(s), with the kind of change (schema/crosswalk.schema.json). */
export interface CrosswalkEntry {
  old: string[];
  new: string[];
  kind: ItemKind;
  similarity?: number;
  note?: string;
}

/** How the items of one edition correspond to those of another: written by diff, read by score. */
export interface Crosswalk {
  version: 1;
  old: CrosswalkEdition;
  new: CrosswalkEdition;
  threshold?: number;
  items: CrosswalkEntry[];
}
