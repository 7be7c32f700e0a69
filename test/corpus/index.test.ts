import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS } from './corpus-index.js';
import { renderIndex } from './index-md.js';

const INDEX = new URL('./INDEX.md', import.meta.url);

/**
 * The kinds of hostile input the corpus must cover (the sample corpus's index and what it observed in
 * common libraries), each with the case that covers it here.
 */
const KINDS: Record<string, string> = {
  'billion laughs': 'yaml/billion-laughs',
  'merge-key abuse': 'yaml/merge-key-abuse',
  'deep nesting (flow sequence, flow mapping, unclosed)': 'yaml/deep-nesting-unclosed',
  'duplicate keys': 'yaml/duplicate-keys',
  'many keys (quadratic check)': 'yaml/many-keys',
  'tabs in indentation': 'yaml/tabs-mixed-indent',
  'invalid UTF-8': 'yaml/invalid-utf8',
  'UTF-16 with and without BOM': 'yaml/utf16le-no-bom',
  'BOM, CRLF, lone CR, mixed line ends': 'yaml/mixed-line-endings',
  'several documents and document-end junk': 'yaml/document-end-then-garbage',
  'prototype pollution': 'yaml/proto-pollution-items',
  'code-running tags': 'yaml/tag-python-object',
  'anchor cycle, undefined alias': 'yaml/anchor-cycle',
  'empty, scalar, sequence, null documents': 'yaml/null-top-level',
  'odd rating values': 'yaml/rating-values/nan',
  'long line (1 MiB) and its error case': 'yaml/long-line-1mb-error',
  'NUL bytes and escapes, control and bidi characters': 'yaml/bidi-zero-width',
  'non-string keys': 'yaml/non-string-keys',
  'make-large rubric, response and scalar kinds': 'yaml/large-scalar-30mb',
  'PDF: not a PDF, empty, truncated, broken xref, startxref past the end, header junk': 'pdf/header-junk',
  'PDF: xref /Prev loop': 'pdf/xref-prev-loop',
  'PDF: encrypted with a user password and owner-only': 'pdf/encrypted-owner-only',
  'PDF: no AcroForm, orphan widgets, empty field list': 'pdf/orphan-widgets-no-acroform',
  'PDF: duplicate and duplicate qualified names': 'pdf/duplicate-qualified-names',
  'PDF: 100 kB value, Unicode and control characters': 'pdf/field-unicode-control',
  'PDF: JavaScript and other actions': 'pdf/javascript-openaction',
  'PDF: incremental update': 'pdf/incremental-update',
  'PDF: object stream loop': 'pdf/objstm-extends-itself',
  'PDF: deep field tree and /Kids cycle': 'pdf/field-kids-cycle',
  'PDF: values of the wrong type': 'pdf/value-dangling-ref',
  'PDF: flate bomb in an object stream (one and two layers)': 'pdf/flate-bomb-two-layers',
  'DOCX: not a zip, empty, truncated, OLE2': 'docx/ole2-encrypted',
  'DOCX: missing or wrong-case document.xml': 'docx/document-xml-wrong-case',
  'DOCX: zip bomb, honest and lying sizes': 'docx/zip-bomb-lying-size',
  'DOCX: XXE and entity expansion': 'docx/xxe-dev-zero',
  'DOCX: path traversal and symlinks': 'docx/path-traversal-variants',
  'DOCX: malformed XML, empty or binary part, undeclared prefix, control references': 'docx/control-char-ref',
  'DOCX: UTF-16 part': 'docx/document-utf16',
  'DOCX: 1,000 and 100,000 nested controls': 'docx/nested-sdt-100000',
  'DOCX: duplicate entries and tags': 'docx/duplicate-sdt-tags',
  'DOCX: split runs, placeholder, Unicode': 'docx/sdt-split-runs-placeholder',
  'DOCX: encrypted entry, bzip2, bad CRC': 'docx/zip-bad-crc',
};

describe('the corpus index', () => {
  it('names every case once', () => {
    const ids = CORPUS.map((c) => c.id);
    expect(ids.length).toBe(new Set(ids).size);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z0-9][a-z0-9./-]*$/);
  });

  it('covers every kind of hostile input the sample corpus and its notes list', () => {
    const ids = new Set(CORPUS.map((c) => c.id));
    for (const [kind, id] of Object.entries(KINDS)) expect(ids.has(id), `${kind}: ${id}`).toBe(true);
  });

  it('INDEX.md is the table of cases, as generated', () => {
    const generated = renderIndex(CORPUS);
    if (process.env.UPDATE_CORPUS_INDEX === '1') writeFileSync(INDEX, generated);
    expect(readFileSync(INDEX, 'utf8')).toBe(generated);
  });
});
