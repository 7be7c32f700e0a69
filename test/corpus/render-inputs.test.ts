import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { casesOf } from './corpus-index.js';
import { runCase } from './run-case.js';
import { checkVerdict } from './verdict.js';
import { writeCorpus } from './write-corpus.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-corpus-render-'));
const CASES = ['csv', 'values', 'font', 'template'].flatMap(casesOf);

beforeAll(
  () =>
    writeCorpus(
      DIR,
      CASES.filter((c) => !c.waitsOn),
    ),
  120_000,
);
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/**
 * `render` on the corpus's other user inputs (test/corpus/INDEX.md): a --batch CSV, a --data values file,
 * a --font file and a --template, each given to the corpus rubric. Refused inputs exit 2 with one line
 * (or positioned problems for YAML) and leave no worksheet behind.
 */
describe('render on hostile CSV, values, font and template files', () => {
  for (const c of CASES) {
    if (c.waitsOn) it.todo(`${c.id}: waits on issue ${c.waitsOn.issue}: ${c.waitsOn.why}`);
    else it(`${c.id}: ${c.verdict}`, () => checkVerdict(c, runCase(DIR, c)), ((c.seconds ?? 20) + 10) * 1000);
  }
});
