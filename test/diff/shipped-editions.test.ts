import { beforeAll, describe, expect, it } from 'vitest';
import { diffRubrics } from '../../src/diff/diff-rubrics.js';
import type { RubricDiff } from '../../src/diff/types.js';
import { changeJoining, shipped } from './helpers.js';

// Pairs verified by reading both editions side by side (rubrics/*.yaml, each encoding one of the three source documents).
describe('2020 → 2021', () => {
  let diff: RubricDiff;
  beforeAll(async () => {
    diff = diffRubrics(await shipped('2020'), await shipped('2021'));
  });

  it.each([
    // [old, new, kind]
    ['capacity-building.1', 'capacity-building.1', 'reworded'], // "represent" → "represents", data management dropped
    ['capacity-building.2', 'capacity-building.2', 'reworded'], // experience → skills and knowledge
    ['capacity-building.3', 'capacity-building.3', 'reworded'], // practice guidance → practice manual
    ['capacity-building.4', 'capacity-building.5', 'renumbered'], // same words, now 5th
    ['capacity-building.5', 'capacity-building.4', 'renumbered'], // all staff → principals, now 4th
    ['capacity-building.6', 'capacity-building.6', 'reworded'], // works across silos → equipped school leaders
    ['actionable-data.4', 'actionable-data.6', 'renumbered'], // qualitative data, moved down
    ['actionable-data.5', 'actionable-data.4', 'renumbered'], // contact information
    ['actionable-data.6', 'actionable-data.5', 'renumbered'], // technology access
    ['positive-engagement.3', 'positive-engagement.4', 'renumbered'], // families' → families’
    ['positive-engagement.4', 'positive-engagement.5', 'renumbered'], // "and home visits" dropped
    ['positive-engagement.5', 'positive-engagement.6', 'renumbered'], // calendar → flexibility to create schedules
    ['strategic-partnerships.3', 'strategic-partnerships.3', 'reworded'], // enrichment opportunities
    ['strategic-partnerships.5', 'strategic-partnerships.5', 'reworded'], // businesses, government agencies, foundations
    ['adequate-equitable-resources.6', 'adequate-equitable-resources.6', 'reworded'], // "resources, services, and programs" dropped
    ['shared-accountability.4', 'shared-accountability.4', 'reworded'], // track and monitor → examine
  ])('%s is found as %s (%s)', (old, nu, kind) => {
    const change = changeJoining(diff, [old], [nu]);
    expect(change?.kind).toBe(kind);
    expect(change?.score).toBeGreaterThanOrEqual(diff.threshold);
  });

  it('reports the new home-visit item and the four items kept word for word', () => {
    expect(diff.items.filter((c) => c.kind === 'added').map((c) => c.new[0]!.id)).toEqual([
      'positive-engagement.3',
    ]);
    expect(diff.items.filter((c) => c.kind === 'removed')).toEqual([]);
    expect(
      diff.items
        .filter((c) => c.kind === 'unchanged')
        .map((c) => c.old[0]!.id)
        .sort(),
    ).toEqual([
      'adequate-equitable-resources.3',
      'adequate-equitable-resources.4',
      'adequate-equitable-resources.5',
      'shared-accountability.3',
    ]);
  });

  it('reports that 2021 dropped the priority stars and added planning columns and reflection prompts', () => {
    const starred = diff.items.filter((c) => c.aspects.includes('priority'));
    expect(starred).toHaveLength(12);
    expect(starred.every((c) => c.old[0]!.priority && !c.new[0]!.priority)).toBe(true);
    expect(diff.planningColumns.map((c) => c.field)).toContain('next-steps.label');
    expect(diff.reflectionPrompts.find((c) => c.field === 'greatest-strengths.text')?.old).toBeNull();
  });

  it('shows the word-level change of a reworded item', () => {
    const change = changeJoining(diff, ['capacity-building.3'], ['capacity-building.3'])!;
    expect(change.words.filter((w) => w.op === 'removed').map((w) => w.text.trim())).toContain('guidance');
    expect(change.words.filter((w) => w.op === 'added').map((w) => w.text.trim())).toContain('manual');
  });
});

describe('2021 → 2025', () => {
  let diff: RubricDiff;
  beforeAll(async () => {
    diff = diffRubrics(await shipped('2021'), await shipped('2025'));
  });

  // The first half shares only "cabinet-level team responsible … improve attendance" with it, no more than
  // with the capacity-building item further down: its place, next to the second half where the old item
  // stood, decides (docs/diff.md).
  it('finds the cabinet-led team item split in two: the team, and whom it represents', () => {
    const change = changeJoining(
      diff,
      ['capacity-building.1'],
      ['capacity-building.1', 'capacity-building.2'],
    );
    expect(change?.kind).toBe('split');
  });

  it('finds the partnerships item split into organisations with relationships, and grassroots organisations', () => {
    const change = changeJoining(
      diff,
      ['strategic-partnerships.2'],
      ['strategic-partnerships.5', 'strategic-partnerships.6'],
    );
    expect(change?.kind).toBe('split');
  });

  it.each([
    ['capacity-building.5', 'capacity-building.6', 'renumbered'], // builds school level capacity
    ['actionable-data.1', 'actionable-data.1', 'reworded'], // protocols for taking attendance
    ['actionable-data.2', 'actionable-data.2', 'reworded'], // reviews data every two weeks
    ['actionable-data.6', 'actionable-data.4', 'renumbered'], // qualitative data on reasons
    ['positive-engagement.4', 'positive-engagement.8', 'renumbered'], // information in home languages
    ['positive-engagement.5', 'positive-engagement.4', 'renumbered'], // personalized, early outreach
    ['strategic-partnerships.1', 'strategic-partnerships.4', 'renumbered'], // needs, languages and cultures
    ['adequate-equitable-resources.1', 'strategic-partnerships.2', 'moved'], // mapped resources → partnerships
    ['adequate-equitable-resources.3', 'adequate-equitable-resources.1', 'renumbered'], // hear from school teams
    ['adequate-equitable-resources.4', 'adequate-equitable-resources.3', 'renumbered'], // prioritize distribution
    ['shared-accountability.2', 'shared-accountability.4', 'renumbered'], // data-driven plan
    ['shared-accountability.3', 'actionable-data.7', 'moved'], // student data for families → actionable data
    ['shared-accountability.5', 'strategic-partnerships.7', 'moved'], // MOUs → formal agreements
  ])('%s is found as %s (%s)', (old, nu, kind) => {
    const change = changeJoining(diff, [old], [nu]);
    expect(change?.kind).toBe(kind);
    expect(change?.aspects).toContain('reworded');
  });

  it('reports items that are new in 2025 or gone from 2021', () => {
    const added = diff.items.filter((c) => c.kind === 'added').map((c) => c.new[0]!.id);
    const removed = diff.items.filter((c) => c.kind === 'removed').map((c) => c.old[0]!.id);
    // communications campaign, recognition program, health partnerships, PBIS/MTSS
    expect(added).toEqual(
      expect.arrayContaining([
        'positive-engagement.6',
        'positive-engagement.7',
        'strategic-partnerships.8',
        'adequate-equitable-resources.7',
      ]),
    );
    // home-visit criteria, technology monitoring, connectivity partnerships
    expect(removed).toEqual(
      expect.arrayContaining(['positive-engagement.3', 'actionable-data.5', 'strategic-partnerships.5']),
    );
  });

  it('accounts for every item of both editions exactly once', async () => {
    const [older, newer] = [await shipped('2021'), await shipped('2025')];
    const ids = (r: typeof older) => r.sections.flatMap((s) => s.items.map((i) => i.id)).sort();
    expect(diff.items.flatMap((c) => c.old.map((r) => r.id)).sort()).toEqual(ids(older));
    expect(diff.items.flatMap((c) => c.new.map((r) => r.id)).sort()).toEqual(ids(newer));
  });
});
