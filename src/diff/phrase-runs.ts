import type { WordChange } from './types.js';

/** A stretch of the diff: text both sides keep, or what one side has instead of the other. */
type Block = { equal: string } | { removed: string; added: string };

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Merges short kept stretches between two changes into one phrase-level replacement, so that a
 * rewritten clause reads as one deletion and one insertion (`[-regulations, roles and
 * responsibilities for building-]{+what schools can do to build+}`) instead of alternating single
 * words. A kept stretch goes when it holds no more words than the larger side of the change on each
 * side of it — diff-match-patch's semantic clean-up, counted in words; one of only spaces and
 * punctuation always goes. Both texts are kept exactly: old = kept + removed runs, new = kept + added.
 */
export function phraseRuns(runs: readonly WordChange[]): WordChange[] {
  const blocks = toBlocks(runs);
  let merged = true;
  while (merged) {
    merged = false;
    for (let k = 1; k + 1 < blocks.length; k++) {
      const [before, kept, after] = [blocks[k - 1]!, blocks[k]!, blocks[k + 1]!];
      if (!('equal' in kept) || 'equal' in before || 'equal' in after) continue;
      if (words(kept.equal) > Math.min(size(before), size(after))) continue;
      blocks.splice(k - 1, 3, {
        removed: before.removed + kept.equal + after.removed,
        added: before.added + kept.equal + after.added,
      });
      merged = true;
      break;
    }
  }
  return blocks.flatMap((block): WordChange[] =>
    'equal' in block
      ? [{ op: 'equal', text: block.equal }]
      : [
          ...(block.removed ? [{ op: 'removed' as const, text: block.removed }] : []),
          ...(block.added ? [{ op: 'added' as const, text: block.added }] : []),
        ],
  );
}

function toBlocks(runs: readonly WordChange[]): Block[] {
  const blocks: Block[] = [];
  for (const { op, text } of runs) {
    const last = blocks.at(-1);
    if (op === 'equal') {
      if (last && 'equal' in last) last.equal += text;
      else blocks.push({ equal: text });
    } else if (last && !('equal' in last)) last[op] += text;
    else blocks.push(op === 'removed' ? { removed: text, added: '' } : { removed: '', added: text });
  }
  return blocks;
}

function size(change: { removed: string; added: string }): number {
  return Math.max(words(change.removed), words(change.added));
}

function words(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
