import { ITEM_KINDS, type RubricDiff } from './types.js';

/** `Items: 4 unchanged, 23 reworded, …; also 12 metadata, 9 planning-column changes`: the non-zero counts. */
export function summaryLine(diff: RubricDiff): string {
  const counts = ITEM_KINDS.filter((k) => diff.stat.items[k] > 0).map((k) => `${diff.stat.items[k]} ${k}`);
  const other = (
    [
      ['metadata', diff.stat.metadata],
      ['scale', diff.stat.scale],
      ['planning-column', diff.stat.planningColumns],
      ['reflection-prompt', diff.stat.reflectionPrompts],
      ['ingredient', diff.stat.sectionChanges],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${n} ${name}`);
  const tail =
    other.length > 0
      ? `; ${other.join(', ')} change${other.length === 1 && other[0]!.startsWith('1 ') ? '' : 's'}`
      : '';
  return `Items: ${counts.join(', ') || 'none'}${tail}`;
}
