import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import { checkThresholds, parseThreshold } from '../../src/score/check-thresholds.js';
import type { Report } from '../../src/score/report.js';
import { scoreInputs } from '../../src/score/score-inputs.js';
import { runCli } from '../helpers/cli.js';
import { folderWith } from './responses-fixtures.js';

const score = async (dir: string, recommendations = false) =>
  (await scoreInputs([dir], { asOf: '2026-03-01', recommendations })).report as Report;

describe('small things a reader trips over', () => {
  it('--fail-under above the top of the scale is a usage error', async () => {
    const report = await score(folderWith({ 'a.yaml': { name: 'A', all: 'strength' } }));
    expect(() => checkThresholds(report, [parseThreshold('5')], false)).toThrow(UserError);
    expect(() => checkThresholds(report, [parseThreshold('capacity-building=4.5')], false)).toThrow(
      /can never pass: the scale of 2025-large-chart tops out at 4/,
    );
    expect(checkThresholds(report, [parseThreshold('4')], false)).toEqual([]);
    const dir = folderWith({ 'a.yaml': { name: 'A', all: 'strength' } });
    const cli = runCli(['score', dir, '--fail-under', '5']);
    expect(cli.code).toBe(2);
    expect(cli.stdout).toBe('');
  });

  it('never lists an item as strongest and another with the same mean as weakest', async () => {
    const report = await score(
      folderWith({
        'a.yaml': {
          name: 'A',
          all: 'ok-for-now',
          ratings: { 'actionable-data.1': 'strength', 'actionable-data.7': 'urgent-gap' },
        },
      }),
    );
    const ingredient = (id: string) => report.ingredients.find((i) => i.id === id)!;
    // Every capacity-building item is 3: none stands out, so neither list has one.
    expect(ingredient('capacity-building')).toMatchObject({ strongest: [], weakest: [] });
    // actionable-data: 4, 3, 3, 3, 3, 3, 1 → k = 3; strongest only above the lowest mean, weakest only below
    // the lowest of the strongest (3): item 1 strongest (then 3, 3), item 7 weakest alone.
    const ad = ingredient('actionable-data');
    expect(ad.strongest.map((i) => i.number)).toEqual([1, 2, 3]);
    expect(ad.weakest.map((i) => i.number)).toEqual([7]);
    for (const i of report.ingredients) {
      const strong = new Set(i.strongest.map((s) => s.mean));
      expect(i.weakest.some((w) => strong.has(w.mean))).toBe(false);
    }
  });

  it('says "1 of 1 input does not fit"', () => {
    const cli = runCli(['score', 'test/score/fixtures/unknown-rating.yaml']);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('1 of 1 input does not fit');
  });

  it('recommendations cite their publications and carry a caveat when fewer than half are rated', async () => {
    const full = await score('examples/2025-team', true);
    expect(full.recommendations.length).toBeGreaterThan(0);
    for (const r of full.recommendations) {
      expect(r.caveat).toBeNull();
      expect(r.sources.map((s) => s.publisher)).toEqual(['Education First', 'Attendance Works']);
    }
    expect(full.recommendations[0]!.sources[0]!.title).toMatch(/^From Symptoms to Systems/);
    const sparse = await score(
      folderWith({
        'a.yaml': {
          name: 'A',
          all: null,
          ratings: {
            'capacity-building.1': 'urgent-gap',
            'actionable-data.1': 'could-be-better',
            'actionable-data.2': 'dont-know',
          },
        },
      }),
      true,
    );
    expect(sparse.recommendations.map((r) => [r.ingredient, r.caveat])).toEqual([
      [
        'capacity-building',
        "Only 1 of 8 answers to this ingredient's items are rated (13%): take these as a starting point for discussion, not a finding.",
      ],
      [
        'actionable-data',
        "Only 1 of 7 answers to this ingredient's items are rated (14%): take these as a starting point for discussion, not a finding.",
      ],
    ]);
    const text = runCli(['score', 'examples/2025-team']).stdout;
    expect(text).toContain("rubricate's own mapping");
    expect(text).toContain('Source: Education First, “From Symptoms to Systems');
    expect(text).toContain(
      'Source: Attendance Works, “Advocate for Resources and Policies to Improve Attendance”',
    );
  });
});
