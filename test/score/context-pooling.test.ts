import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import type { GroupedReport, Report } from '../../src/score/report.js';
import { type ScoreInputsOptions, scoreInputs } from '../../src/score/score-inputs.js';
import { runCli } from '../helpers/cli.js';
import { folderWith } from './responses-fixtures.js';

// Scale: strength 4, ok-for-now 3, could-be-better 2, urgent-gap 1, dont-know not scored.
// 2025 edition: capacity-building 8 items, actionable-data 7, positive-engagement 8,
// strategic-partnerships 8, adequate-equitable-resources 7, shared-accountability 7 (45 in all).

const CB_LOW = Object.fromEntries(
  [1, 2, 3, 4, 5, 6, 7].map((n) => [`capacity-building.${n}`, 'urgent-gap'] as const),
);
const SP_BLANK = Object.fromEntries(
  [1, 2, 3, 4, 5, 6, 7, 8].map((n) => [`strategic-partnerships.${n}`, null] as const),
);

/** North: Ana (strength, one Don't know) and Ben (OK for now); South: Cy (could be better, CB low, SP blank). */
function districts(): string {
  return folderWith({
    'north/ana.yaml': {
      name: 'Ana Ortiz',
      district: 'North Valley USD',
      date: '2026-01-10',
      all: 'strength',
      ratings: { 'capacity-building.1': 'dont-know' },
    },
    'north/ben.yaml': { name: 'Ben Li', district: 'North Valley USD', date: '2026-01-12', all: 'ok-for-now' },
    'south/cy.yaml': {
      name: 'Cy Moss',
      district: 'South Shore ISD',
      school: 'Bay Middle',
      all: 'could-be-better',
      ratings: { ...CB_LOW, ...SP_BLANK },
    },
  });
}

const options: ScoreInputsOptions = { asOf: '2026-03-01', recommendations: false };
const score = async (inputs: string[], more: Partial<ScoreInputsOptions> = {}) =>
  scoreInputs(inputs, { ...options, ...more });
const single = async (inputs: string[], more: Partial<ScoreInputsOptions> = {}) =>
  (await score(inputs, more)).report as Report;

async function refusal(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('no silent pooling', () => {
  it('refuses a folder with two districts, naming both and suggesting --group-by', async () => {
    const dir = districts();
    const error = await refusal(score([join(dir, 'north'), join(dir, 'south')]));
    expect(error.message).toContain('"North Valley USD"');
    expect(error.message).toContain('"South Shore ISD"');
    expect(error.message).toContain('--group-by district');
    expect(error.message).toContain('--allow-mixed');
    const cli = runCli(['score', join(dir, 'north'), join(dir, 'south')]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/different districts.*North Valley USD.*South Shore ISD/);
  });

  it('refuses two schools of one district, and pools on purpose with --allow-mixed', async () => {
    const dir = folderWith({
      'a.yaml': { name: 'A', district: 'D', school: 'East High', all: 'strength' },
      'b.yaml': { name: 'B', district: 'D', school: 'West High', all: 'urgent-gap' },
    });
    expect((await refusal(score([dir]))).message).toMatch(/different schools.*East High.*West High/);
    const pooled = await single([dir], { allowMixed: true });
    // 45 × 4 + 45 × 1 = 225 over 90 answers = 2.5
    expect(pooled.overall.mean).toBe(2.5);
    expect(pooled.context.schools).toEqual(['East High', 'West High']);
  });

  it('--group-by district: each district as its own report, side by side in the roll-up', async () => {
    const dir = districts();
    const files = ['north/ana.yaml', 'north/ben.yaml', 'south/cy.yaml'].map((f) => join(dir, f));
    const { report } = await score(files, { groupBy: 'district' });
    const grouped = report as GroupedReport;
    expect(grouped.groups.map((g) => g.label)).toEqual(['North Valley USD', 'South Shore ISD']);
    expect(grouped.groups[0]!.report).toEqual(await single(files.slice(0, 2)));
    expect(grouped.groups[1]!.report).toEqual(await single(files.slice(2)));
    // North: Ana 44 × 4 = 176 (+1 Don't know), Ben 45 × 3 = 135 → 311/89 = 3.494; completion 1.
    //   capacity-building: Ana 7 × 4 + Ben 8 × 3 = 52/15 = 3.467; every other ingredient (4 + 3)/2 = 3.5.
    // South: CB 7 × 1 + 2 = 9/8 = 1.125; AD 14/7, PE 16/8, AER 14/7, SA 14/7 = 2; SP unanswered →
    //   (9 + 14 + 16 + 14 + 14)/37 = 67/37 = 1.811; completion 37/45 = 0.822.
    expect(grouped.rollup.groups).toEqual([
      {
        label: 'North Valley USD',
        respondents: 2,
        completion: 1,
        mean: 3.494,
        ingredients: [3.467, 3.5, 3.5, 3.5, 3.5, 3.5].map((mean, k) => ({
          id: grouped.groups[0]!.report.ingredients[k]!.id,
          mean,
        })),
      },
      {
        label: 'South Shore ISD',
        respondents: 1,
        completion: 0.822,
        mean: 1.811,
        ingredients: [1.125, 2, 2, null, 2, 2].map((mean, k) => ({
          id: grouped.groups[1]!.report.ingredients[k]!.id,
          mean,
        })),
      },
    ]);
    // Mean of the groups' means: CB (3.467 + 1.125)/2 = 2.296, lowest in both; AD, PE, AER, SA
    // (3.5 + 2)/2 = 2.75; SP only North's 3.5.
    expect(grouped.rollup.ingredients.map((i) => [i.id, i.mean, i.lowestIn])).toEqual([
      ['capacity-building', 2.296, 2],
      ['actionable-data', 2.75, 0],
      ['positive-engagement', 2.75, 0],
      ['adequate-equitable-resources', 2.75, 0],
      ['shared-accountability', 2.75, 0],
      ['strategic-partnerships', 3.5, 0],
    ]);
    expect(grouped.rollup.dataGaps).toEqual([
      expect.objectContaining({ id: 'capacity-building.1', notScored: 1, groups: 1 }),
    ]);
  });

  it('names the district in the head of every group, and the roll-up lists both in every text format', () => {
    const dir = districts();
    for (const format of ['text', 'md', 'html', 'csv']) {
      const cli = runCli(['score', `${dir}/**/*.yaml`, '--group-by', 'district', '--format', format]);
      expect(cli.code, cli.stderr).toBe(0);
      for (const name of ['North Valley USD', 'South Shore ISD'])
        expect(cli.stdout.split(name).length - 1, `${format} ${name}`).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('duplicates', () => {
  it('counts the same worksheet given twice once, with a warning', async () => {
    const dir = districts();
    copyFileSync(join(dir, 'north/ana.yaml'), join(dir, 'north/ana-again.yaml'));
    const { report, warnings } = await score([join(dir, 'north')]);
    expect((report as Report).respondents.map((r) => r.name)).toEqual(['Ana Ortiz', 'Ben Li']);
    expect((report as Report).overall.mean).toBe(3.494);
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'score/duplicate', file: join(dir, 'north/ana.yaml') }),
    ]);
    expect(warnings[0]!.message).toContain('ana-again.yaml');
  });

  it('refuses two different worksheets by one person, naming both; --latest keeps the newer by date', async () => {
    const dir = districts();
    const again = folderWith({
      'ana-march.yaml': {
        name: '  ana ortiz ',
        district: 'north valley usd',
        date: '3/15/2026',
        all: 'ok-for-now',
      },
    });
    const inputs = [join(dir, 'north'), again];
    const error = await refusal(score(inputs));
    expect(error.message).toMatch(/Ana Ortiz \(North Valley USD\) handed in two different self-assessments/);
    expect(error.message).toContain(join(dir, 'north/ana.yaml'));
    expect(error.message).toContain(join(again, 'ana-march.yaml'));
    expect(error.message).toContain('--latest');
    const { report, warnings } = await score(inputs, { latest: true });
    // 3/15/2026 reads as 2026-03-15, newer than 2026-01-10: Ben (all 3) and Ana's March sheet (all 3),
    // in input order of the files kept.
    expect((report as Report).respondents.map((r) => r.file)).toEqual([
      join(dir, 'north/ben.yaml'),
      join(again, 'ana-march.yaml'),
    ]);
    expect((report as Report).overall.mean).toBe(3);
    expect((report as Report).context.dates).toEqual({ first: '2026-01-12', last: '2026-03-15' });
    expect(warnings.map((w) => [w.code, w.file])).toEqual([
      ['score/older-submission', join(dir, 'north/ana.yaml')],
    ]);
  });
});

describe('action plans', () => {
  const plan = {
    'capacity-building.1': { responsible: 'Cabinet', 'target-date': '3/15/2026', 'next-steps': 'Charter' },
    'capacity-building.2': { responsible: 'Data office', 'target-date': 'spring 2026' },
  };

  it("one person's self-assessment and action plan are one respondent with a complete rating", async () => {
    const dir = folderWith({
      'zoe-self.yaml': {
        rubric: '2021-planning',
        name: 'Zoë Ruiz',
        district: 'Peñasco ISD',
        all: 'ok-for-now',
      },
      'zoe-plan.yaml': {
        rubric: '2021-planning',
        kind: 'action-plan',
        name: 'Zoë Ruiz',
        district: 'Peñasco ISD',
        plan,
      },
    });
    const report = await single([dir]);
    expect(report.respondents).toHaveLength(1);
    const [zoe] = report.respondents;
    expect(zoe).toMatchObject({ name: 'Zoë Ruiz', rater: true, district: 'Peñasco ISD' });
    expect(zoe!.files).toEqual([join(dir, 'zoe-plan.yaml'), join(dir, 'zoe-self.yaml')]);
    // 35 items of 2021, every one OK for now: mean 3, all rated.
    expect(zoe!.overall).toMatchObject({ mean: 3, scored: 35, unanswered: 0, completion: 1 });
    expect(report.team).toBeNull();
    const entries = report.actionPlan!.entries;
    expect(entries.map((e) => [e.item, e.respondent, e.owner, e.targetDate])).toEqual([
      ['capacity-building.1', 0, 'Cabinet', '3/15/2026'],
      ['capacity-building.2', 0, 'Data office', 'spring 2026'],
    ]);
    // One date reader: 3/15/2026 is March 15, overdue on March 1? No: due after it. "spring 2026" is not a date.
    expect(report.actionPlan!.overdue).toEqual([]);
    expect(report.actionPlan!.unreadableDate).toEqual([1]);
    const later = await single([dir], { asOf: '2026-04-01' });
    expect(later.actionPlan!.overdue).toEqual([0]);
  });

  it('an action plan alone is in the action-plan view only, never a rater', async () => {
    const dir = folderWith({
      'plan.yaml': { rubric: '2021-planning', kind: 'action-plan', name: 'Ivy', district: 'D', plan },
      'self.yaml': { rubric: '2021-planning', name: 'Tom', district: 'D', all: 'strength' },
    });
    const report = await single([dir]);
    expect(report.respondents.map((r) => [r.name, r.rater])).toEqual([
      ['Ivy', false],
      ['Tom', true],
    ]);
    // Only Tom rates: 35 × 4; Ivy's sheet adds no unanswered items.
    expect(report.overall).toMatchObject({ mean: 4, scored: 35, unanswered: 0, completion: 1 });
    expect(report.items[0]!.answers.map((a) => a.respondent)).toEqual([1]);
    expect(report.actionPlan!.entries.map((e) => e.respondent)).toEqual([0, 0]);
    const { checkThresholds } = await import('../../src/score/check-thresholds.js');
    expect(checkThresholds(report, [], true)).toEqual([]);
  });
});
