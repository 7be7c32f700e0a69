import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRubric } from '../../src/rubric/parse-rubric.js';
import { hasStackTrace, runCli, SHARED } from '../helpers/cli.js';

const DIR = join(SHARED, 'bad-inputs', 'yaml');

/**
 * What `validate` must report for each file of the hostile corpus (see shared/bad-inputs/INDEX.md). The
 * corpus uses a generic rubric shape, so files that are fine YAML fail our schema instead: for those the
 * point is that they get that far (ACCEPT at the YAML level) with the BOM, CRLF or encoding handled.
 */
const EXPECTED: Record<string, { code: string; line?: number; column?: number }> = {
  'anchor-cycle.yaml': { code: 'yaml/recursive-alias', line: 8 },
  'bad-indentation.yaml': { code: 'yaml/bad-indentation', line: 5 },
  'bidi-zero-width.yaml': { code: 'schema/required' },
  'billion-laughs.yaml': { code: 'yaml/alias-limit' },
  'comment-only.yaml': { code: 'yaml/empty' },
  'control-chars.yaml': { code: 'schema/required' },
  'criteria-not-list.yaml': { code: 'schema/required' },
  'crlf.yaml': { code: 'schema/required' },
  'deep-nesting-flow-mapping.yaml': { code: 'yaml/too-deep', line: 3 },
  'deep-nesting-flow.yaml': { code: 'yaml/too-deep', line: 3 },
  'deep-nesting-unclosed.yaml': { code: 'yaml/too-deep' },
  'document-end-then-garbage.yaml': { code: 'yaml/multiple-documents', line: 6 },
  'duplicate-keys.yaml': { code: 'yaml/duplicate-key', line: 6, column: 3 },
  'empty.yaml': { code: 'yaml/empty' },
  'explicit-doc-markers.yaml': { code: 'schema/required' },
  'invalid-utf8.yaml': { code: 'input/invalid-utf8', line: 2, column: 15 },
  'lone-cr.yaml': { code: 'yaml/syntax', line: 1 },
  'long-line-1mb.yaml': { code: 'schema/required' },
  'mixed-line-endings.yaml': { code: 'yaml/syntax', line: 3 },
  'multi-document.yaml': { code: 'yaml/multiple-documents', line: 6 },
  'non-string-keys.yaml': { code: 'yaml/syntax', line: 8 },
  'nul-bytes.yaml': { code: 'input/nul-byte', line: 2, column: 16 },
  'nul-escape.yaml': { code: 'schema/required' },
  'null-top-level.yaml': { code: 'yaml/not-a-mapping' },
  'number-overflow.yaml': { code: 'yaml/non-string-key' },
  'proto-pollution-ratings.yaml': { code: 'schema/required' },
  'proto-pollution.yaml': { code: 'schema/required' },
  'ratings-not-mapping.yaml': { code: 'schema/required' },
  'scalar-top-level.yaml': { code: 'yaml/not-a-mapping' },
  'sequence-top-level.yaml': { code: 'yaml/not-a-mapping' },
  'tabs-indent.yaml': { code: 'yaml/tab-indent', line: 4, column: 1 },
  'tabs-mixed-indent.yaml': { code: 'yaml/bad-indentation', line: 5 },
  'tag-js-function.yaml': { code: 'yaml/unknown-tag' },
  'tag-misc.yaml': { code: 'yaml/unknown-tag' },
  'tag-python-object.yaml': { code: 'yaml/unknown-tag' },
  'undefined-alias.yaml': { code: 'yaml/bad-alias', line: 3 },
  'unterminated-quote.yaml': { code: 'yaml/unterminated-quote', line: 5 },
  'utf16be-bom.yaml': { code: 'schema/required' },
  'utf16le-bom.yaml': { code: 'schema/required' },
  'utf16le-no-bom.yaml': { code: 'input/encoding' },
  'utf8-bom.yaml': { code: 'schema/required' },
  'valid-response.yaml': { code: 'schema/required' },
  'valid-rubric.yaml': { code: 'schema/required' },
  'whitespace-only.yaml': { code: 'yaml/empty' },
};

describe('the hostile YAML corpus through the rubric loader', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

  it('has an expectation for every file in the corpus', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const name of Object.keys(EXPECTED)) {
    it(`${name}: ${EXPECTED[name]!.code}`, () => {
      const bytes = readFileSync(join(DIR, name));
      const { loaded, diagnostics } = parseRubric(bytes, name);
      const want = EXPECTED[name]!;
      expect(loaded).toBeUndefined();
      const first = diagnostics[0]!;
      expect(first.code).toBe(want.code);
      if (want.line !== undefined) expect(first.line).toBe(want.line);
      if (want.column !== undefined) expect(first.column).toBe(want.column);
      for (const d of diagnostics) {
        // Every reported position lies inside the file.
        const lines = new TextDecoder().decode(bytes).split(/\r\n|\r|\n/).length;
        expect(d.line).toBeLessThanOrEqual(lines);
        if (d.code !== 'yaml/unknown-tag') expect(d.message).not.toMatch(/undefined|\[object Object\]/);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('reads a UTF-8 BOM, CRLF and UTF-16 with a BOM as text, not as garbage', () => {
    for (const name of ['utf8-bom.yaml', 'crlf.yaml', 'utf16le-bom.yaml', 'utf16be-bom.yaml']) {
      const { diagnostics } = parseRubric(readFileSync(join(DIR, name)), name);
      // These files parse; the schema then names their (generic) keys, proving the text was decoded right.
      const unknown = diagnostics.filter((d) => d.code === 'schema/unknown-property').map((d) => d.message);
      expect(unknown.join('\n')).toMatch(/unknown property "(rubric|respondent)"/);
      expect(unknown.join('\n')).not.toMatch(/\ufeff|\\ufeff|\r/);
    }
  });

  it('never pollutes Object.prototype with __proto__ or constructor keys', () => {
    parseRubric(readFileSync(join(DIR, 'proto-pollution.yaml')), 'proto-pollution.yaml');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });

  it('never evaluates tags: no marker file appears', () => {
    parseRubric(readFileSync(join(DIR, 'tag-js-function.yaml')), 'tag-js-function.yaml');
    parseRubric(readFileSync(join(DIR, 'tag-python-object.yaml')), 'tag-python-object.yaml');
    for (const marker of [
      '/tmp/bad-inputs-PWNED-js',
      '/tmp/bad-inputs-PWNED-py',
      '/tmp/bad-inputs-PWNED-py2',
    ]) {
      expect(existsSync(marker)).toBe(false);
    }
  });

  it('rejects every rating-values file (their schema is not ours) without crashing', () => {
    const sub = join(DIR, 'rating-values');
    for (const name of readdirSync(sub)) {
      const { loaded, diagnostics } = parseRubric(readFileSync(join(sub, name)), name);
      expect(loaded, name).toBeUndefined();
      expect(diagnostics.length, name).toBeGreaterThan(0);
    }
  });
});

describe('validate on the corpus, as a user runs it', () => {
  it('exits 1 with a positioned, one-line-per-problem report and no stack trace', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(DIR, f));
    const result = runCli(['validate', ...files], { timeout: 60_000 });
    expect(result.code).toBe(1);
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
    expect(result.stdout).toMatch(
      /duplicate-keys\.yaml:6:3 {2}error {2}yaml\/duplicate-key {2}duplicate key "clarity"/,
    );
    expect(result.stdout).toMatch(/tabs-indent\.yaml:4:1 {2}error {2}yaml\/tab-indent/);
    // Control characters in the input never reach the terminal raw.
    expect(result.stdout).not.toMatch(/\u001b\[2J|\u001b\]0;/);
  });

  it('prints --json diagnostics for a broken file', () => {
    const result = runCli(['validate', join(DIR, 'invalid-utf8.yaml'), '--json']);
    expect(result.code).toBe(1);
    const diagnostics = JSON.parse(result.stdout);
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 2, column: 15, severity: 'error', code: 'input/invalid-utf8' }),
    ]);
  });

  it('refuses a 30 MiB file from make-large.py by its size limit, quickly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rubricate-large-'));
    execFileSync('python3', [join(SHARED, 'bad-inputs', 'make-large.py'), dir, '--kind', 'rubric'], {
      stdio: 'ignore',
    });
    const file = readdirSync(dir).map((f) => join(dir, f))[0]!;
    const result = runCli(['validate', file, '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)[0]).toMatchObject({ code: 'input/too-large' });
  });
});
