import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesOf } from '../corpus/corpus-index.js';
import { MARKER_FILES, runCase } from '../corpus/run-case.js';
import { checkVerdict } from '../corpus/verdict.js';
import { writeCorpus } from '../corpus/write-corpus.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-corpus-extract-'));
const CASES = [...casesOf('pdf'), ...casesOf('docx'), ...casesOf('html')];

beforeAll(
  () =>
    writeCorpus(
      DIR,
      CASES.filter((c) => !c.waitsOn),
    ),
  120_000,
);

/**
 * `extract` on every worksheet case of the corpus (test/corpus/INDEX.md), with the corpus rubric named by
 * --rubric: accepted and ignored cases give the answers the case lists; rejected and refused ones exit 2
 * with one line naming the file and the reason, write nothing and print nothing on standard output.
 */
describe('extract on the hostile PDF, DOCX and HTML corpus', () => {
  for (const c of CASES) {
    if (c.waitsOn) it.todo(`${c.id}: waits on issue ${c.waitsOn.issue}: ${c.waitsOn.why}`);
    else it(`${c.id}: ${c.verdict}`, () => checkVerdict(c, runCase(DIR, c)), ((c.seconds ?? 20) + 10) * 1000);
  }

  afterAll(() => {
    rmSync(DIR, { recursive: true, force: true });
    for (const marker of [
      ...MARKER_FILES,
      join(DIR, '..', 'evil.txt'),
      join(DIR, 'out', '..', '..', 'evil.txt'),
    ])
      expect(existsSync(marker), marker).toBe(false);
  });
});
