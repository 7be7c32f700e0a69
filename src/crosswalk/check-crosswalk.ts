import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { rubricHash } from '../rubric/content-hash.js';
import type { Rubric } from '../rubric/rubric.generated.js';
import { positionOf } from '../yaml/parse-yaml.js';
import type { CrosswalkEntry } from './crosswalk.js';
import type { LoadedCrosswalk } from './load-crosswalk.js';

type Path = (string | number)[];

/**
 * Checks a schema-valid crosswalk against the two rubrics it joins: the rubric ids, that every id exists
 * and is used once, and that each kind fits its counts (split: one old, several new …). A rubric changed
 * since the crosswalk was written, and items the crosswalk leaves out, are warnings.
 */
export function checkCrosswalk(loaded: LoadedCrosswalk, older: Rubric, newer: Rubric): Diagnostic[] {
  const found: Diagnostic[] = [];
  const report = (path: Path, code: string, message: string, severity: Diagnostic['severity'] = 'error') =>
    found.push({
      file: loaded.file,
      ...positionOf(loaded.parsed, path),
      severity,
      code,
      message,
      pointer: `/${path.join('/')}`,
    });
  const { crosswalk } = loaded;
  for (const [side, rubric] of [
    ['old', older],
    ['new', newer],
  ] as const) {
    const named = crosswalk[side];
    if (named.rubric !== rubric.id)
      report(
        [side, 'rubric'],
        'crosswalk/wrong-rubric',
        `the crosswalk's ${side} rubric is ${named.rubric}, not ${rubric.id}`,
      );
    else if (named.hash !== undefined && named.hash !== rubricHash(rubric))
      report(
        [side, 'hash'],
        'crosswalk/rubric-changed',
        `${rubric.id} has changed since the crosswalk was written; review it`,
        'warning',
      );
    const ids = new Set(rubric.sections.flatMap((s) => s.items.map((i) => i.id)));
    const seen = new Set<string>();
    crosswalk.items.forEach((entry, e) => {
      entry[side].forEach((id, k) => {
        const where = ['items', e, side, k];
        if (!ids.has(id))
          report(
            where,
            'crosswalk/unknown-item',
            `${sanitizeForDisplay(id, 60)} is not an item of ${rubric.id}`,
          );
        else if (seen.has(id))
          report(where, 'crosswalk/duplicate-item', `${id} appears in more than one entry`);
        seen.add(id);
      });
    });
    const missing = [...ids].filter((id) => !seen.has(id));
    if (missing.length > 0)
      report(
        ['items'],
        'crosswalk/unlisted-items',
        `items of ${rubric.id} not in the crosswalk: ${missing.join(', ')}`,
        'warning',
      );
  }
  crosswalk.items.forEach((entry, e) => {
    const problem = kindProblem(entry);
    if (problem) report(['items', e, 'kind'], 'crosswalk/kind-mismatch', problem);
  });
  return found;
}

function kindProblem(entry: CrosswalkEntry): string | undefined {
  const [o, n] = [entry.old.length, entry.new.length];
  const fits: Record<string, boolean> = {
    added: o === 0 && n >= 1,
    removed: o >= 1 && n === 0,
    split: o === 1 && n >= 2,
    merged: o >= 2 && n === 1,
  };
  const ok = fits[entry.kind] ?? (o === 1 && n === 1);
  return ok ? undefined : `kind ${entry.kind} does not fit ${o} old and ${n} new item${n === 1 ? '' : 's'}`;
}
