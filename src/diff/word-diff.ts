import { diffWordsWithSpace } from 'diff';
import type { WordChange } from './types.js';

/**
 * Word-level diff of two texts (jsdiff's `diffWordsWithSpace`): the equal and removed runs joined give the
 * old text exactly, the equal and added runs the new text. (`diffWords` folds whitespace into neighbouring
 * runs, so a changed space could vanish from both sides: ".", ". " came back as one equal ". ".)
 */
export function wordDiff(older: string, newer: string): WordChange[] {
  if (older === newer) return older === '' ? [] : [{ op: 'equal', text: older }];
  return diffWordsWithSpace(older, newer).map((part) => ({
    op: part.added ? 'added' : part.removed ? 'removed' : 'equal',
    text: part.value,
  }));
}
