import type { RubricDiff } from '../diff/types.js';
import { rubricHash } from '../rubric/content-hash.js';
import type { Rubric } from '../rubric/rubric.generated.js';
import type { Crosswalk } from './crosswalk.js';

/** The crosswalk of a diff: one entry per reported item change, unchanged items included. */
export function crosswalkFromDiff(diff: RubricDiff, older: Rubric, newer: Rubric): Crosswalk {
  return {
    version: 1,
    old: { rubric: older.id, edition: older.edition.label, hash: rubricHash(older) },
    new: { rubric: newer.id, edition: newer.edition.label, hash: rubricHash(newer) },
    threshold: diff.threshold,
    items: diff.items.map((change) => ({
      old: change.old.map((r) => r.id),
      new: change.new.map((r) => r.id),
      kind: change.kind,
      ...(change.score === null ? {} : { similarity: change.score }),
    })),
  };
}
