import { diffWords } from 'diff';
import type { WordChange } from './types.js';

/**
 * Word-level diff of two texts (jsdiff's `diffWords`): the equal and removed runs joined give the old
 * text exactly, the equal and added runs the new text.
 */
export function wordDiff(older: string, newer: string): WordChange[] {
  if (older === newer) return older === '' ? [] : [{ op: 'equal', text: older }];
  return diffWords(older, newer).map((part) => ({
    op: part.added ? 'added' : part.removed ? 'removed' : 'equal',
    text: part.value,
  }));
}
