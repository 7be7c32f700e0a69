import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import type { Report } from '../../src/score/report.js';
import { scoreInputs } from '../../src/score/score-inputs.js';
import { runCli } from '../helpers/cli.js';
import { folderWith } from './responses-fixtures.js';

// Two rounds of the 2025 edition by one district. Before (fall): every item Could be better (2) but
// actionable-data.1 Strength (4). Now (spring): every item OK for now (3) but capacity-building.1
// Strength (4), capacity-building.2 and actionable-data.1 Urgent gap (1).
function rounds(): { before: string; now: string } {
  const district = 'Riverside USD';
  return {
    before: folderWith({
      'lee.yaml': {
        name: 'Lee',
        district,
        date: '2025-10-01',
        all: 'could-be-better',
        ratings: { 'actionable-data.1': 'strength' },
      },
    }),
    now: folderWith({
      'lee.yaml': {
        name: 'Lee',
        district,
        date: '2026-03-01',
        all: 'ok-for-now',
        ratings: {
          'capacity-building.1': 'strength',
          'capacity-building.2': 'urgent-gap',
          'actionable-data.1': 'urgent-gap',
        },
      },
      'kim.yaml': { name: 'Kim', district, date: '2026-03-02', all: 'ok-for-now' },
    }),
  };
}

describe('score --baseline: two rounds of one edition', () => {
  it('gives before, now and the change per ingredient and item, and the items that moved two levels', async () => {
    const { before, now } = rounds();
    const { report } = await scoreInputs([now], {
      baseline: [before],
      asOf: '2026-03-01',
      recommendations: false,
    });
    const b = (report as Report).baseline!;
    expect(b.before.respondents).toBe(1);
    expect(b.now.respondents).toBe(2);
    expect(b.before.context.dates).toEqual({ first: '2025-10-01', last: '2025-10-01' });
    // Before overall: 4 + 44 × 2 = 92/45 = 2.044. Now: Lee 4 + 1 + 1 + 42 × 3 = 132, Kim 135 → 267/90 = 2.967.
    expect(b.overall).toEqual({ before: 2.044, now: 2.967, change: 0.923 });
    const ingredient = new Map(b.ingredients.map((i) => [i.id, i]));
    // capacity-building: before 16/8 = 2; now Lee 4 + 1 + 6 × 3 = 23, Kim 24 → 47/16 = 2.9375 → 2.938.
    expect(ingredient.get('capacity-building')).toMatchObject({ before: 2, now: 2.938, change: 0.938 });
    // actionable-data: before (4 + 12)/7 = 2.286; now Lee 1 + 18 = 19, Kim 21 → 40/14 = 2.857; +0.571.
    expect(ingredient.get('actionable-data')).toMatchObject({ before: 2.286, now: 2.857, change: 0.571 });
    expect(ingredient.get('positive-engagement')).toMatchObject({ before: 2, now: 3, change: 1 });
    const item = new Map(b.items.map((i) => [i.id, i]));
    // actionable-data.1: 4 → (1 + 3)/2 = 2, −2; capacity-building.1: 2 → (4 + 3)/2 = 3.5, +1.5;
    // capacity-building.2: 2 → (1 + 3)/2 = 2, 0.
    expect(item.get('actionable-data.1')).toMatchObject({ before: 4, now: 2, change: -2 });
    expect(item.get('capacity-building.1')).toMatchObject({ before: 2, now: 3.5, change: 1.5 });
    expect(item.get('capacity-building.2')).toMatchObject({ before: 2, now: 2, change: 0 });
    expect(b.moved).toEqual(['actionable-data.1']);
  });

  it('shows the round comparison in the text and Markdown reports', () => {
    const { before, now } = rounds();
    const text = runCli(['score', now, '--baseline', before]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Compared with the earlier round');
    expect(text.stdout).toMatch(/Overall 2\.04 → 2\.97 {2}\+0\.92/);
    expect(text.stdout).not.toContain('earlier edition');
    const md = runCli(['score', now, '--baseline', before, '--format', 'md']);
    expect(md.stdout).toContain('| Capacity Building | 2.00 | 2.94 | +0.94 |');
  });

  it('refuses a baseline from another district, unless --allow-mixed', async () => {
    const { now } = rounds();
    const elsewhere = folderWith({ 'x.yaml': { name: 'Lee', district: 'Lakeside USD', all: 'strength' } });
    const options = { baseline: [elsewhere], asOf: '2026-03-01', recommendations: false };
    const error = await scoreInputs([now], options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(
      /baseline round comes from "Lakeside USD" and this round from "Riverside USD"/,
    );
    const { report } = await scoreInputs([now], { ...options, allowMixed: true });
    // Before: 45 × 4 = 4; now 2.967 as above.
    expect((report as Report).baseline!.overall).toEqual({ before: 4, now: 2.967, change: -1.033 });
  });

  it('refuses a baseline of another edition, and a crosswalk from an edition to itself', async () => {
    const { before, now } = rounds();
    const old = folderWith({
      'old.yaml': { rubric: '2020-assessment', name: 'Lee', district: 'Riverside USD', all: 'strength' },
    });
    const other = await scoreInputs([now], {
      baseline: [old],
      asOf: '2026-03-01',
      recommendations: false,
    }).catch((e: unknown) => e);
    expect(other).toBeInstanceOf(UserError);
    expect((other as Error).message).toMatch(/--baseline compares two rounds of one edition.*--crosswalk/);
    const crosswalk = join(before, 'same.yaml.crosswalk');
    writeFileSync(
      crosswalk,
      'version: 1\nold:\n  rubric: 2025-large-chart\n  edition: "4/10/25"\nnew:\n  rubric: 2025-large-chart\n  edition: "4/10/25"\nitems: []\n',
    );
    const cli = runCli(['score', before, now, '--crosswalk', crosswalk]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/joins 2025-large-chart edition 4\/10\/25 to itself.*--baseline/);
  });
});
