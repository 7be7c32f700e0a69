import type { WordChange } from './types.js';

/** How one renderer marks removed and added words, and escapes every piece of rubric text. */
export interface WordMarks {
  escape(text: string): string;
  removed(escaped: string): string;
  added(escaped: string): string;
}

/**
 * One line of text with removed and added words marked in place. Spaces at the edge of a changed run stay
 * outside the marks, so that `a [-big-] team` reads naturally. `side` keeps only one text (for side-by-side).
 */
export function inlineWords(
  words: readonly WordChange[],
  marks: WordMarks,
  side: 'both' | 'old' | 'new' = 'both',
): string {
  return words
    .map(({ op, text }) => {
      if (op === 'equal') return marks.escape(text);
      if ((op === 'removed' && side === 'new') || (op === 'added' && side === 'old')) return '';
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
      if (core === '') return marks.escape(text);
      const escaped = marks.escape(core);
      return `${marks.escape(lead)}${op === 'removed' ? marks.removed(escaped) : marks.added(escaped)}${marks.escape(trail)}`;
    })
    .join('');
}
