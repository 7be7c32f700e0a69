import type { ItemChange, RubricDiff } from '../../src/diff/types.js';
import { loadRubric } from '../../src/rubric/load-rubric.js';
import { resolveRubricPath } from '../../src/rubric/registry.js';
import type { Rubric } from '../../src/rubric/rubric.generated.js';

/** A shipped rubric by id or year; fails the test when it does not load. */
export async function shipped(name: string): Promise<Rubric> {
  const { loaded, diagnostics } = await loadRubric(resolveRubricPath(name));
  if (!loaded) throw new Error(`cannot load ${name}: ${JSON.stringify(diagnostics)}`);
  return loaded.rubric;
}

/** The change that joins exactly these old ids to exactly these new ids, or undefined. */
export function changeJoining(diff: RubricDiff, old: string[], nu: string[]): ItemChange | undefined {
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return diff.items.find(
    (c) =>
      same(
        c.old.map((r) => r.id),
        old,
      ) &&
      same(
        c.new.map((r) => r.id),
        nu,
      ),
  );
}
