// Holds `rubricate diff` at its default threshold to the crosswalks in rubrics/crosswalks/, which were made
// by reading each pair of editions side by side (docs/diff.md gives the measured figures). A link is one
// (old item, new item) pair; a split or merge gives one link per pair. Links an entry's note names as
// "possibly <edition> <id>" are weaker counterparts: finding one is not counted as a false pair, missing
// one is not counted as a miss.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCrosswalk } from '../../src/crosswalk/check-crosswalk.js';
import { loadCrosswalk } from '../../src/crosswalk/load-crosswalk.js';
import { diffRubrics } from '../../src/diff/diff-rubrics.js';
import { ROOT } from '../helpers/cli.js';
import { validateByModeline } from '../helpers/modeline.js';
import { shipped } from './helpers.js';

const link = (old: string, nu: string) => `${old} → ${nu}`;

async function reviewed(from: string, to: string) {
  const file = join(ROOT, 'rubrics', 'crosswalks', `${from}-to-${to}.yaml`);
  expect(validateByModeline(file).errors).toEqual([]);
  const { loaded, diagnostics } = await loadCrosswalk(file);
  expect(diagnostics).toEqual([]);
  const [older, newer] = [await shipped(from), await shipped(to)];
  expect(checkCrosswalk(loaded!, older, newer)).toEqual([]);
  const sure = new Set<string>();
  const possible = new Set<string>();
  for (const entry of loaded!.crosswalk.items) {
    for (const o of entry.old) for (const n of entry.new) sure.add(link(o, n));
    for (const [, edition, id] of (entry.note ?? '').matchAll(/possibly (\d{4}) ([a-z0-9-]+\.\d+[a-z]?)/gi)) {
      if (edition === to) for (const o of entry.old) possible.add(link(o, id!));
      else for (const n of entry.new) possible.add(link(id!, n));
    }
  }
  return { older, newer, sure, possible };
}

/** Links the aligner reports at the default threshold. */
function found(diff: ReturnType<typeof diffRubrics>): string[] {
  return diff.items.flatMap((c) => c.old.flatMap((o) => c.new.map((n) => link(o.id, n.id))));
}

const PAIRS: [string, string][] = [
  ['2020', '2021'],
  ['2021', '2025'],
  ['2020', '2025'],
];

/** The recall docs/diff.md reports; a change to the aligner that loses a reviewed link fails here. */
const MIN_RECALL: Record<string, number> = { '2020 → 2021': 1, '2021 → 2025': 0.92, '2020 → 2025': 0.92 };

describe('the aligner against the reviewed crosswalks', () => {
  const totals = { found: 0, right: 0, sure: 0, recalled: 0 };

  it.each(PAIRS)('%s → %s: no false pair, and most reviewed links found', async (from, to) => {
    const { older, newer, sure, possible } = await reviewed(from, to);
    const links = found(diffRubrics(older, newer));
    const falsePairs = links.filter((l) => !sure.has(l) && !possible.has(l));
    const missed = [...sure].filter((l) => !links.includes(l));
    const precision = (links.length - falsePairs.length) / links.length;
    const recall = (sure.size - missed.length) / sure.size;
    console.info(
      `${from} → ${to}: precision ${precision.toFixed(3)} (${links.length - falsePairs.length}/${links.length}), ` +
        `recall ${recall.toFixed(3)} (${sure.size - missed.length}/${sure.size}); missed: ${missed.join(', ') || 'none'}`,
    );
    totals.found += links.length;
    totals.right += links.length - falsePairs.length;
    totals.sure += sure.size;
    totals.recalled += sure.size - missed.length;
    expect(falsePairs).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL[`${from} → ${to}`]!);
  });

  it('pairs the shared-accountability.6 items a reader pairs at once, and no technology ↔ staff pair', async () => {
    for (const [from, to] of [PAIRS[1]!, PAIRS[2]!]) {
      const { older, newer, sure } = await reviewed(from, to);
      expect(sure.has(link('shared-accountability.6', 'shared-accountability.6'))).toBe(true);
      const links = found(diffRubrics(older, newer));
      expect(links).toContain(link('shared-accountability.6', 'shared-accountability.6'));
      expect(
        links.filter((l) => /actionable-data\.[56] → (capacity-building\.8|positive-engagement\.2)$/.test(l)),
      ).toEqual([]);
    }
  });

  it('over all three crosswalks: precision 1, recall at least 0.95', () => {
    const precision = totals.right / totals.found;
    const recall = totals.recalled / totals.sure;
    console.info(
      `all: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} of ${totals.sure} reviewed links`,
    );
    expect(totals.sure).toBe(34 + 25 + 25);
    expect(precision).toBe(1);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
