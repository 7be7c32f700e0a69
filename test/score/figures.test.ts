import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/score/report.js';
import { scoreInputs } from '../../src/score/score-inputs.js';

// Scale of both rubrics: strength 4, ok-for-now 3, could-be-better 2, urgent-gap 1, dont-know not scored.
// Every figure below was worked out by hand from the YAML files under examples/.

async function score(inputs: string[], asOf = '2026-03-01'): Promise<Report> {
  return (await scoreInputs(inputs, { asOf, recommendations: true })).report;
}

const ingredient = (report: Report, id: string) => report.ingredients.find((i) => i.id === id)!;
const item = (report: Report, id: string) => report.items.find((i) => i.id === id)!;

describe('the 2025 team of four', () => {
  it('pools every member per ingredient: mean, distribution, completion', async () => {
    const report = await score(['examples/2025-team']);
    expect(report.respondents.map((r) => r.name)).toEqual([
      'Aisha Rahman',
      'José Peñasco',
      'Nguyễn Thị Hương',
      'Tom Becker',
    ]);
    // capacity-building, items 1..8:
    //   Aisha  4 3 3 2 4 3 2 3  = 24 (8 scored)
    //   José   3 3 2 2 3 2 1 2  = 18 (8)
    //   Nguyễn 4 3 3 2 3 2 2 3  = 22 (8)
    //   Tom    3 2 3 1 3 2 2 DK = 16 (7; Don't know excluded, counted apart)
    //   mean = (24+18+22+16)/(8+8+8+7) = 80/31 = 2.5806…
    const capacity = ingredient(report, 'capacity-building');
    expect(capacity.mean).toBe(2.581);
    expect(capacity).toMatchObject({ scored: 31, notScored: 1, unanswered: 0, completion: 1 });
    // strength: Aisha 2 + Nguyễn 1 = 3; ok: 4+3+4+3 = 14; could: 2+4+3+3 = 12; urgent: José 1 + Tom 1 = 2; DK 1
    expect(capacity.distribution.map((d) => d.count)).toEqual([3, 14, 12, 2, 1]);
    // shared-accountability, items 1..7:
    //   Aisha 3 2 2 3 3 1 3 = 17; José 4 3 2 3 4 4 3 = 23; Nguyễn 3 3 2 3 4 2 3 = 20;
    //   Tom 3 3 1 2 4 2 (7 unanswered) = 15 → 75/27 = 2.777…; completion 27/28 = 0.964
    const shared = ingredient(report, 'shared-accountability');
    expect(shared).toMatchObject({ mean: 2.778, scored: 27, unanswered: 1, completion: 0.964 });
  });

  it("gives each respondent's own means", async () => {
    const report = await score(['examples/2025-team']);
    const aisha = report.respondents[0]!;
    // Aisha: CB 24/8, AD 3+3+2+1+3+2+2 = 16/7, PE 4+3+4+3+4+3+4+4 = 29/8, SP 3+2+3+3+4+2+3+4 = 24/8,
    //   AER 3+2+1+3+3+2+4 = 18/7, SA 17/7; overall (24+16+29+24+18+17)/45 = 128/45 = 2.844…
    expect(aisha.overall.mean).toBe(2.844);
    expect(aisha.ingredients.map((i) => i.mean)).toEqual([3, 2.286, 3.625, 3, 2.571, 2.429]);
    // Tom left shared-accountability.7 unrated: 44 of 45 answered = 0.978
    expect(report.respondents[3]!.overall).toMatchObject({ unanswered: 1, completion: 0.978 });
  });

  it('lists items two or more levels apart to discuss, most divergent first, and agreement', async () => {
    const report = await score(['examples/2025-team']);
    // shared-accountability.6: 1, 4, 2, 2 → spread 4−1 = 3 levels, median (2+2)/2 = 2, mean 9/4 = 2.25
    expect(report.team!.toDiscuss[0]).toMatchObject({
      id: 'shared-accountability.6',
      spread: 3,
      median: 2,
      mean: 2.25,
    });
    expect(report.team!.toDiscuss.slice(1).every((d) => d.spread === 2)).toBe(true);
    // capacity-building.4: 2, 2, 2, 1 → spread 1, mean 7/4, not to discuss
    expect(item(report, 'capacity-building.4')).toMatchObject({ mean: 1.75, median: 2, spread: 1 });
    expect(report.team!.toDiscuss.map((d) => d.id)).not.toContain('capacity-building.4');
    // capacity-building: all 8 items within one level → 8/8; shared-accountability: all but item 6 → 6/7
    const agreement = new Map(report.team!.agreement.map((a) => [a.id, a]));
    expect(agreement.get('capacity-building')).toMatchObject({ compared: 8, agreement: 1 });
    expect(agreement.get('shared-accountability')).toMatchObject({ compared: 7, agreement: 0.857 });
  });
});

describe('the 2021 action plan', () => {
  it('scores the rated items and leaves out Don\u2019t know', async () => {
    const report = await score(['examples/2021-action-plan.yaml']);
    // capacity-building 1..6: 3 2 1 2 2 DK → 10/5 = 2; actionable-data 1..6: 4 2 3 1 3 2 → 15/6 = 2.5
    expect(ingredient(report, 'capacity-building')).toMatchObject({ mean: 2, scored: 5, notScored: 1 });
    expect(ingredient(report, 'actionable-data')).toMatchObject({ mean: 2.5, scored: 6 });
    // overall 25/11 = 2.2727…; 12 of the 35 items answered = 0.343
    expect(report.overall).toMatchObject({ mean: 2.273, scored: 11, notScored: 1, unanswered: 23 });
    expect(report.overall.completion).toBe(0.343);
    expect(report.team).toBeNull();
  });

  it('gathers the plan by owner, missing owners and dates, and overdue entries as of the day', async () => {
    const report = await score(['examples/2021-action-plan.yaml'], '2026-03-01');
    const plan = report.actionPlan!;
    const ids = (indices: number[]) => indices.map((i) => plan.entries[i]!.item);
    expect(plan.entries).toHaveLength(8);
    // target dates before 2026-03-01: 2025-11-15, 2026-01-31, 2026-02-15 (oldest first)
    expect(ids(plan.overdue)).toEqual(['capacity-building.1', 'capacity-building.5', 'actionable-data.2']);
    expect(ids(plan.missingOwner)).toEqual(['capacity-building.5', 'strategic-partnerships.1']);
    expect(ids(plan.missingDate)).toEqual(['actionable-data.4', 'strategic-partnerships.1']);
    expect(ids(plan.unreadableDate)).toEqual(['positive-engagement.2']); // "spring 2026"
    // "Data & Assessment" and "data &  assessment" are one owner, as are the two spellings of the cabinet
    expect(plan.byOwner.map((g) => [g.owner, g.entries.length])).toEqual([
      ['Data & Assessment', 2],
      ['Family Engagement Office', 1],
      ['Office of Student Services', 1],
      ["Superintendent's cabinet", 2],
    ]);
    expect(plan.reflections.filter((r) => r.answers.length > 0).map((r) => r.id)).toEqual([
      'greatest-strengths',
      'biggest-challenges',
      'most-important-steps',
    ]);
    // two months later the cabinet's 2026-04-30 entry is overdue too
    const later = await score(['examples/2021-action-plan.yaml'], '2026-05-01');
    expect(ids(later.actionPlan!.overdue)).toContain('shared-accountability.5');
    expect(later.actionPlan!.overdue).toHaveLength(4);
  });

  it('recommends for the two weakest ingredients that were scored', async () => {
    const report = await score(['examples/2021-action-plan.yaml']);
    // only capacity-building (2) and actionable-data (2.5) were rated
    expect(report.recommendations.map((r) => [r.ingredient, r.mean])).toEqual([
      ['capacity-building', 2],
      ['actionable-data', 2.5],
    ]);
    expect(report.recommendations[0]!.actions.length).toBeGreaterThan(0);
    const none = (
      await scoreInputs(['examples/2021-action-plan.yaml'], { asOf: '2026-03-01', recommendations: false })
    ).report;
    expect(none.recommendations).toEqual([]);
  });
});
