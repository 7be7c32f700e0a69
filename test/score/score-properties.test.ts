import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Responses } from '../../src/responses/responses.generated.js';
import type { Rubric } from '../../src/rubric/rubric.generated.js';
import { rubricNamed } from '../../src/score/gather-inputs.js';
import { scoreResponses } from '../../src/score/score-responses.js';

let rubric: Rubric;
let ids: string[];
let keys: (string | null)[];

beforeAll(async () => {
  rubric = await rubricNamed('2025');
  ids = rubric.sections.flatMap((s) => s.items.map((i) => i.id));
  keys = [...rubric.scale.levels.map((l) => l.key), null];
});

const team = () =>
  fc.array(fc.array(fc.nat(keys.length - 1), { minLength: ids.length, maxLength: ids.length }), {
    minLength: 1,
    maxLength: 6,
  });

function score(choices: number[][]) {
  const respondents = choices.map((row, r) => {
    const items: Responses['items'] = {};
    row.forEach((k, i) => {
      items[ids[i]!] = { rating: keys[k] ?? null };
    });
    return { file: `${r}.yaml`, responses: { rubric: rubric.id, edition: rubric.edition.label, items } };
  });
  return scoreResponses(rubric, respondents, { asOf: '2026-01-01' });
}

describe('scores of any responses', () => {
  it('stay within the scale, count every answer once, and are the same when scored twice', () => {
    fc.assert(
      fc.property(team(), (choices) => {
        const report = score(choices);
        const { min, max } = report.scale;
        const within = (m: number | null) => m === null || (m >= min && m <= max);
        expect(within(report.overall.mean)).toBe(true);
        for (const i of report.ingredients) {
          expect(within(i.mean)).toBe(true);
          expect(i.completion).toBeGreaterThanOrEqual(0);
          expect(i.completion).toBeLessThanOrEqual(1);
          expect(i.scored + i.notScored + i.unanswered).toBe(i.items * choices.length);
          expect(i.distribution.reduce((a, d) => a + d.count, 0)).toBe(i.scored + i.notScored);
          expect(i.strongest.filter((s) => i.weakest.some((w) => w.id === s.id))).toEqual([]);
        }
        for (const item of report.items) {
          expect(within(item.mean) && within(item.median)).toBe(true);
          if (item.spread !== null) expect(item.spread).toBeLessThanOrEqual(3);
        }
        if (report.team) {
          const spreads = report.team.toDiscuss.map((d) => d.spread);
          expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
          expect(spreads.every((s) => s >= 2)).toBe(true);
        } else expect(choices).toHaveLength(1);
        expect(JSON.stringify(score(choices))).toBe(JSON.stringify(report));
      }),
      { numRuns: 60 },
    );
  });
});
