import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CorpusCase } from './corpus-case.js';
import { corpusKit } from './corpus-kit.js';
import { RUBRIC_YAML } from './corpus-rubric.js';

/** Where a case's file lies in a corpus folder: `<dir>/<id><ext>`, e.g. `<dir>/yaml/duplicate-keys.yaml`. */
export function casePath(dir: string, c: CorpusCase): string {
  return join(dir, `${c.id}${c.ext}`);
}

/** The corpus rubric's file in a corpus folder; extract and render cases name it. */
export function rubricPath(dir: string): string {
  return join(dir, 'corpus-rubric.yaml');
}

/**
 * Builds the files of the given cases into `dir` (at test time: most are cheap to make), plus the corpus
 * rubric. Cases that wait on an issue are built too, so that the generator itself stays tested.
 */
export async function writeCorpus(dir: string, cases: readonly CorpusCase[]): Promise<void> {
  const kit = await corpusKit();
  mkdirSync(dir, { recursive: true });
  writeFileSync(rubricPath(dir), RUBRIC_YAML);
  for (const c of cases) {
    const path = casePath(dir, c);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, await c.build(kit));
  }
}
