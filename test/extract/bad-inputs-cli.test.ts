import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, SHARED } from '../helpers/cli.js';

const CORPUS = join(SHARED, 'bad-inputs');
const OUT = mkdtempSync(join(tmpdir(), 'rubricate-extract-'));

/**
 * The verdict `extract` reaches for every file of the hostile corpus (shared/bad-inputs/INDEX.md) and a
 * piece of its one-line message. ACCEPT and IGNORE files are read in full and then stop at the mapping stage,
 * because their generic fields record no rubric of ours: that message proves the reader got through (their
 * values are checked in readers.test.ts).
 */
const READ_THEN_NO_RUBRIC = 'does not record which rubric it answers';
const VERDICTS: Record<string, { verdict: 'REJECT' | 'REFUSE' | 'ACCEPT' | 'IGNORE'; message: string }> = {
  'pdf/acroform-empty-fields.pdf': { verdict: 'REJECT', message: 'no form fields' },
  'pdf/broken-xref.pdf': { verdict: 'REJECT', message: 'damaged PDF' },
  'pdf/duplicate-field-names.pdf': { verdict: 'REJECT', message: 'ambiguous field "clarity"' },
  'pdf/duplicate-qualified-names.pdf': { verdict: 'REJECT', message: 'ambiguous field "ratings.clarity"' },
  'pdf/empty.pdf': { verdict: 'REJECT', message: 'not a PDF' },
  'pdf/encrypted-owner-only.pdf': { verdict: 'REJECT', message: 'encrypted PDF' },
  'pdf/encrypted-user-password.pdf': { verdict: 'REJECT', message: 'encrypted PDF: a password is required' },
  'pdf/field-100kb-value.pdf': { verdict: 'ACCEPT', message: READ_THEN_NO_RUBRIC },
  'pdf/field-tree-deep.pdf': { verdict: 'REFUSE', message: 'deeper than 32 levels' },
  'pdf/field-unicode-control.pdf': { verdict: 'REJECT', message: '"lone-surrogate" is invalid UTF-16BE' },
  'pdf/field-wrong-value-types.pdf': {
    verdict: 'REJECT',
    message: '"rubric" is a dangling reference (99 0 R)',
  },
  'pdf/header-junk.pdf': { verdict: 'ACCEPT', message: READ_THEN_NO_RUBRIC },
  'pdf/incremental-update.pdf': { verdict: 'ACCEPT', message: READ_THEN_NO_RUBRIC },
  'pdf/javascript-openaction.pdf': { verdict: 'IGNORE', message: READ_THEN_NO_RUBRIC },
  'pdf/no-acroform.pdf': { verdict: 'REJECT', message: 'no form fields (the PDF has no AcroForm)' },
  'pdf/not-a-pdf.pdf': { verdict: 'REJECT', message: 'not a PDF' },
  'pdf/objstm-loop.pdf': { verdict: 'ACCEPT', message: READ_THEN_NO_RUBRIC },
  'pdf/orphan-widgets-no-acroform.pdf': { verdict: 'REJECT', message: 'no AcroForm' },
  'pdf/startxref-beyond-eof.pdf': { verdict: 'ACCEPT', message: READ_THEN_NO_RUBRIC },
  'pdf/truncated.pdf': { verdict: 'REJECT', message: 'truncated or damaged PDF' },
  'pdf/valid-form-objstm.pdf': { verdict: 'ACCEPT', message: READ_THEN_NO_RUBRIC },
  'pdf/valid-form.pdf': { verdict: 'ACCEPT', message: READ_THEN_NO_RUBRIC },
  'docx/billion-laughs.docx': { verdict: 'REJECT', message: 'DOCTYPE declarations are not allowed' },
  'docx/control-char-ref.docx': { verdict: 'REJECT', message: 'not well-formed XML at line 2, col 1261' },
  'docx/document-utf16.docx': { verdict: 'ACCEPT', message: READ_THEN_NO_RUBRIC },
  'docx/document-xml-binary.docx': { verdict: 'REJECT', message: 'word/document.xml is not valid UTF-8' },
  'docx/document-xml-empty.docx': { verdict: 'REJECT', message: 'not well-formed XML at line 1, col 1' },
  'docx/document-xml-wrong-case.docx': { verdict: 'ACCEPT', message: READ_THEN_NO_RUBRIC },
  'docx/duplicate-sdt-tags.docx': { verdict: 'REJECT', message: 'ambiguous field "clarity"' },
  'docx/duplicate-zip-entry.docx': { verdict: 'REJECT', message: 'ambiguous archive: duplicate zip entry' },
  'docx/empty.docx': { verdict: 'REJECT', message: 'not a DOCX (zip)' },
  'docx/malformed-xml.docx': { verdict: 'REJECT', message: 'not well-formed XML at line 4, col 27' },
  'docx/nested-sdt-1000.docx': { verdict: 'ACCEPT', message: READ_THEN_NO_RUBRIC },
  'docx/no-document-xml.docx': { verdict: 'REJECT', message: 'word/document.xml missing' },
  'docx/not-a-zip.docx': { verdict: 'REJECT', message: 'not a DOCX (zip)' },
  'docx/ole2-encrypted.docx': { verdict: 'REJECT', message: 'encrypted or legacy Word file' },
  'docx/path-traversal-variants.docx': { verdict: 'IGNORE', message: READ_THEN_NO_RUBRIC },
  'docx/path-traversal.docx': { verdict: 'IGNORE', message: READ_THEN_NO_RUBRIC },
  'docx/sdt-split-runs-placeholder.docx': { verdict: 'ACCEPT', message: READ_THEN_NO_RUBRIC },
  'docx/sdt-unicode.docx': { verdict: 'ACCEPT', message: READ_THEN_NO_RUBRIC },
  'docx/truncated.docx': { verdict: 'REJECT', message: 'corrupt zip: truncated' },
  'docx/undeclared-prefix.docx': { verdict: 'REJECT', message: 'unbound namespace prefix' },
  'docx/valid-form.docx': { verdict: 'ACCEPT', message: READ_THEN_NO_RUBRIC },
  'docx/xxe-dev-zero.docx': { verdict: 'REJECT', message: 'DOCTYPE declarations are not allowed' },
  'docx/xxe-file.docx': { verdict: 'REJECT', message: 'DOCTYPE declarations are not allowed' },
  'docx/zip-bad-crc.docx': { verdict: 'REJECT', message: 'CRC mismatch' },
  'docx/zip-bomb.docx': {
    verdict: 'REFUSE',
    message: 'refused: "word/document.xml" would inflate to 1.1 GiB',
  },
  'docx/zip-bzip2-entry.docx': { verdict: 'REJECT', message: 'unsupported compression method 12 (bzip2)' },
  'docx/zip-encrypted-entry.docx': { verdict: 'REJECT', message: 'encrypted zip entry' },
};

const MARKERS = [
  '/tmp/bad-inputs-PWNED-js',
  '/tmp/bad-inputs-PWNED-py',
  '/tmp/bad-inputs-PWNED-py2',
  '/tmp/bad-inputs-evil-absolute.txt',
  join(OUT, '..', '..', 'evil.txt'),
  join(tmpdir(), '..', 'evil.txt'),
];

describe('extract on the hostile PDF and DOCX corpus', () => {
  it('has a verdict for every file in the corpus', () => {
    const files = ['pdf', 'docx'].flatMap((dir) => readdirSync(join(CORPUS, dir)).map((f) => `${dir}/${f}`));
    expect(files.sort()).toEqual(Object.keys(VERDICTS).sort());
  });

  for (const [name, { verdict, message }] of Object.entries(VERDICTS)) {
    it(`${name}: ${verdict}`, () => {
      const output = join(OUT, `${name.replace('/', '-')}.yaml`);
      const started = Date.now();
      const result = runCli(['extract', join(CORPUS, name), '-o', output], { timeout: 30_000 });
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(result.code).toBe(2);
      expect(hasStackTrace(result.stderr)).toBe(false);
      expect(result.stderr).not.toMatch(/^\s{4}at /m);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(message);
      if (verdict === 'REFUSE') expect(lines[0]).toContain('refused');
      expect(lines[0]).not.toMatch(/undefined|\[object Object\]|root:x:0/);
      expect(existsSync(output)).toBe(false);
      expect(result.stdout).toBe('');
    });
  }

  afterAll(() => {
    for (const marker of MARKERS) expect(existsSync(marker), marker).toBe(false);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
