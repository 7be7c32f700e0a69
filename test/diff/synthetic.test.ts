import { describe, expect, it } from 'vitest';
import { nextEdition, syntheticRubric } from '../../bench/synthetic-rubric.mjs';
import { diffRubrics } from '../../src/diff/diff-rubrics.js';
import type { Rubric } from '../../src/rubric/rubric.generated.js';

describe('synthetic rubrics of 2,000 items', () => {
  it('finds the changes that were made (timing belongs to the benchmark, not this test)', () => {
    const older = syntheticRubric(2000, 1) as Rubric;
    const { rubric, expected } = nextEdition(older, 2);
    const started = performance.now();
    const diff = diffRubrics(older, rubric as Rubric);
    const items = (rubric as Rubric).sections.reduce((n, s) => n + s.items.length, 0);
    console.info(`diff of 2,000 × ${items} items: ${Math.round(performance.now() - started)} ms`);
    const count = (kind: string) => diff.items.filter((c) => c.kind === kind).length;
    expect(count('added')).toBe(expected.added);
    expect(count('removed')).toBe(expected.removed);
    expect(count('split')).toBe(expected.split);
    expect(count('moved')).toBe(expected.moved);
    expect(diff.items.filter((c) => c.aspects.includes('reworded') && c.kind !== 'split')).toHaveLength(
      expected.reworded,
    );
  });
});
