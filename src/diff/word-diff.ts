import { diffWordsWithSpace } from 'diff';
import { phraseRuns } from './phrase-runs.js';
import type { WordChange } from './types.js';

/**
 * Word-level diff of two texts (jsdiff's `diffWordsWithSpace`): the equal and removed runs joined give the
 * old text exactly, the equal and added runs the new text. (`diffWords` folds whitespace into neighbouring
 * runs, so a changed space could vanish from both sides: ".", ". " came back as one equal ". ".)
 * Short kept stretches between changes are then merged into phrase-level replacements (phraseRuns).
 */
export function wordDiff(older: string, newer: string): WordChange[] {
  if (older === newer) return older === '' ? [] : [{ op: 'equal', text: older }];
  return phraseRuns(
    diffWordsWithSpace(older, newer).map((part) => ({
      op: part.added ? 'added' : part.removed ? 'removed' : 'equal',
      text: part.value,
    })),
  );
}
