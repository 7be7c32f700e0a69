import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseResponses } from '../../src/responses/load-responses.js';
import { parseRubric } from '../../src/rubric/parse-rubric.js';
import { casesOf } from '../corpus/corpus-index.js';
import { MARKER_FILES, runCase } from '../corpus/run-case.js';
import { checkVerdict } from '../corpus/verdict.js';
import { casePath, writeCorpus } from '../corpus/write-corpus.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-corpus-yaml-'));
const CASES = casesOf('yaml');
const byId = (id: string) => CASES.find((c) => c.id === id)!;

beforeAll(() => writeCorpus(DIR, CASES));
// At the top level, so that every describe below still finds the corpus files.
afterAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  for (const marker of MARKER_FILES) expect(existsSync(marker), marker).toBe(false);
});

/**
 * Every YAML case of the corpus (test/corpus/INDEX.md) as a user runs it: `validate` for rubrics, `score`
 * for responses. Each must reach its verdict within its time limit, with exit 1 or 2 and positioned
 * one-line problems when it is refused, never a stack trace.
 */
describe('the hostile YAML corpus through the CLI', () => {
  for (const c of CASES) {
    if (c.waitsOn) it.todo(`${c.id}: waits on issue ${c.waitsOn.issue}: ${c.waitsOn.why}`);
    else it(`${c.id}: ${c.verdict}`, () => checkVerdict(c, runCase(DIR, c)), ((c.seconds ?? 20) + 10) * 1000);
  }
});

describe('the readers in process, on the cases about prototypes and tags', () => {
  it('never pollutes Object.prototype with __proto__ or constructor keys', () => {
    for (const id of ['yaml/proto-pollution', 'yaml/proto-pollution-items', 'yaml/merge-key-abuse']) {
      const bytes = readFileSync(casePath(DIR, byId(id)));
      parseRubric(bytes, id);
      parseResponses(bytes, id, { positions: true });
      parseResponses(bytes, id);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });

  it('never evaluates tags: no marker file appears', () => {
    for (const id of ['yaml/tag-js-function', 'yaml/tag-python-object', 'yaml/tag-misc']) {
      const bytes = readFileSync(casePath(DIR, byId(id)));
      expect(parseResponses(bytes, id).diagnostics[0]?.code).toBe('yaml/unknown-tag');
    }
    for (const marker of MARKER_FILES) expect(existsSync(marker), marker).toBe(false);
  });

  it('reads a UTF-8 BOM, CRLF and UTF-16 with a BOM as text, not as garbage', () => {
    for (const id of ['yaml/utf16le-bom', 'yaml/utf16be-bom']) {
      const { loaded } = parseResponses(readFileSync(casePath(DIR, byId(id))), id);
      expect(loaded?.responses.respondent?.name).toBe('Zoë Ñandú 中文');
    }
    const crlf = parseRubric(readFileSync(casePath(DIR, byId('yaml/crlf'))), 'crlf.yaml');
    const texts = crlf.loaded!.rubric.sections.flatMap((s) => s.items.map((i) => i.text));
    expect(texts).toContain('line one\nline two\n');
    const bom = parseRubric(readFileSync(casePath(DIR, byId('yaml/utf8-bom'))), 'bom.yaml');
    expect(bom.loaded?.rubric.id).toBe('corpus-mini');
  });
});

describe('validate --json on the corpus', () => {
  it('prints positioned diagnostics for invalid UTF-8', async () => {
    const { runCli } = await import('../helpers/cli.js');
    const result = runCli(['validate', casePath(DIR, byId('yaml/invalid-utf8')), '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([
      expect.objectContaining({ line: 10, column: 19, severity: 'error', code: 'input/invalid-utf8' }),
    ]);
  });
});
