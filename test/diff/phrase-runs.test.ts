import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WordChange } from '../../src/diff/types.js';
import { wordDiff } from '../../src/diff/word-diff.js';

const changes = (runs: WordChange[]) => runs.filter((r) => r.op !== 'equal').map((r) => `${r.op}: ${r.text}`);

describe('word diff in phrases', () => {
  it('reads a rewritten clause as one deletion and one insertion', () => {
    // 2020 → 2021 capacity-building.3
    const runs = wordDiff(
      'Our district has a comprehensive attendance policy and practice guidance that outlines regulations, roles and responsibilities for building a positive culture of attendance and promoting early intervention.',
      'Our district has a comprehensive attendance policy and practice manual that outlines what schools can do to build a positive culture of attendance and promote early intervention.',
    );
    expect(changes(runs)).toEqual([
      'removed: guidance',
      'added: manual',
      'removed: regulations, roles and responsibilities for building',
      'added: what schools can do to build',
      'removed: promoting',
      'added: promote',
    ]);
  });

  it('keeps a stretch of kept words longer than the changes around it', () => {
    const runs = wordDiff('one two three four five six', 'uno two three four five seis');
    expect(changes(runs)).toEqual(['removed: one', 'added: uno', 'removed: six', 'added: seis']);
  });

  it('never leaves two changes apart by nothing but spaces and punctuation, and rebuilds both texts', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', 'c', 'd', ' ', ', ', '. ', 'e f'), { maxLength: 14 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const runs = wordDiff(a, b);
        expect(
          runs
            .filter((r) => r.op !== 'added')
            .map((r) => r.text)
            .join(''),
        ).toBe(a);
        expect(
          runs
            .filter((r) => r.op !== 'removed')
            .map((r) => r.text)
            .join(''),
        ).toBe(b);
        runs.forEach((run, k) => {
          if (run.op !== 'equal' || k === 0 || k === runs.length - 1) return;
          if (runs[k - 1]!.op !== 'equal' && runs[k + 1]!.op !== 'equal')
            expect(run.text, JSON.stringify(runs)).toMatch(/[\p{L}\p{N}]/u);
        });
      }),
      { numRuns: 500 },
    );
  });
});
