import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCrosswalk } from '../../src/crosswalk/check-crosswalk.js';
import { compareAcrossEditions, type RatingsByItem } from '../../src/crosswalk/compare-editions.js';
import { type LoadedCrosswalk, loadCrosswalk } from '../../src/crosswalk/load-crosswalk.js';
import type { Rubric } from '../../src/rubric/rubric.generated.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { validateByModeline } from '../helpers/modeline.js';
import { shipped } from './helpers.js';

let dir: string;
let file: string;
let loaded: LoadedCrosswalk;
let older: Rubric;
let newer: Rubric;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rubricate-crosswalk-'));
  file = join(dir, '2020-to-2025.yaml');
  const run = runCli(['diff', '2020', '2025', '--stat', '--crosswalk', file]);
  expect(run.code).toBe(1);
  const result = await loadCrosswalk(file);
  expect(result.diagnostics).toEqual([]);
  loaded = result.loaded!;
  [older, newer] = [await shipped('2020'), await shipped('2025')];
});

describe('crosswalk 2020 → 2025', () => {
  it('is editable YAML with inline id lists and passes its checks', () => {
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[1]).toMatch(/^# Crosswalk written by rubricate diff/);
    expect(validateByModeline(file)).toEqual({
      schemaPath: join(ROOT, 'schema', 'crosswalk.schema.json'),
      errors: [],
    });
    // Each id on its own line with the item's wording beside it, so the file can be reviewed alone.
    expect(text).toContain(
      '  - old:\n      - strategic-partnerships.2 # Our district has prioritized partnerships with public agencies,',
    );
    expect(text).toMatch(
      /new:\n\s+- strategic-partnerships\.5 # Our district partners with organizations[^\n]*\n\s+- strategic-partnerships\.6 # Our district has partnerships with grassroots organizations\.\n\s+kind: split/,
    );
    expect(text).toContain('old: []');
    expect(checkCrosswalk(loaded, older, newer)).toEqual([]);
  });

  it('compares ratings per aligned item and per ingredient, and lists items without a counterpart', async () => {
    const oldRatings: RatingsByItem = new Map([
      ['capacity-building.1', [2, 2, null]],
      ['capacity-building.4', [3]],
      ['actionable-data.3', [1, 2]],
      ['capacity-building.2', [4]], // has no counterpart in 2025
    ]);
    const newRatings: RatingsByItem = new Map([
      ['capacity-building.1', [3]],
      ['capacity-building.2', [4, 4]],
      ['capacity-building.6', [2]],
      ['actionable-data.5', [3, 4]],
    ]);
    // The reviewed crosswalk shipped with rubricate, which has the cabinet-team split the aligner misses.
    const reviewed = await loadCrosswalk(join(ROOT, 'rubrics', 'crosswalks', '2020-to-2025.yaml'));
    expect(reviewed.diagnostics).toEqual([]);
    const result = compareAcrossEditions(reviewed.loaded!.crosswalk, older, newer, oldRatings, newRatings);
    const split = result.items.find((i) => i.old[0] === 'capacity-building.1')!;
    expect(split).toMatchObject({ kind: 'split', oldMean: 2, newMean: 3.667, change: 1.667, oldRatings: 2 });
    const renumbered = result.items.find((i) => i.old[0] === 'capacity-building.4')!;
    expect(renumbered).toMatchObject({ new: ['capacity-building.6'], oldMean: 3, newMean: 2, change: -1 });
    const capacity = result.ingredients.find((i) => i.ingredient === 'capacity-building')!;
    expect(capacity).toMatchObject({ compared: 2, oldMean: 2.5, newMean: 2.833, change: 0.333 });
    const data = result.ingredients.find((i) => i.ingredient === 'actionable-data')!;
    expect(data).toMatchObject({ compared: 1, oldMean: 1.5, newMean: 3.5, change: 2 });
    expect(result.unaligned.old.find((i) => i.id === 'capacity-building.2')).toMatchObject({
      mean: 4,
      ratings: 1,
    });
    expect(result.unaligned.new.map((i) => i.id)).toContain('positive-engagement.6');
    expect(result.scalesComparable).toBe(true);
  });

  it('reports wrong ids, reused ids and kinds that do not fit, at their line', async () => {
    const text = readFileSync(file, 'utf8')
      .replace('      - capacity-building.3 #', '      - capacity-building.99 #')
      .replace('kind: split', 'kind: reworded');
    const edited = join(dir, 'edited.yaml');
    writeFileSync(edited, text);
    const result = await loadCrosswalk(edited);
    const diagnostics = checkCrosswalk(result.loaded!, older, newer);
    const codes = diagnostics.map((d) => d.code);
    expect(codes).toContain('crosswalk/unknown-item');
    expect(codes).toContain('crosswalk/kind-mismatch');
    const unknown = diagnostics.find((d) => d.code === 'crosswalk/unknown-item')!;
    expect(text.split('\n')[unknown.line - 1]).toContain('capacity-building.99');
  });

  it('reports schema problems with their position', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'version: 1\nold: { rubric: 2020-assessment }\nnew: { rubric: x }\nitems:\n  - old: [a.1]\n    new: []\n    kind: vanished\n',
    );
    const result = await loadCrosswalk(bad);
    expect(result.loaded).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'schema/enum', line: 7 })]);
  });
});
