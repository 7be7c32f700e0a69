import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import type { CorpusCase, CorpusKit, Expectation, Verdict } from './corpus-case.js';
import { flateOfZeros } from './deflate-bomb.js';
import { ANSWERS, corpusMetadata, EXPECTED_ANSWERS, miniForm } from './mini-form.js';
import { type PdfObject, pdfFile } from './pdf-bytes.js';
import { aes256Encryption } from './pdf-encrypt.js';
import { fillRenderedPdf } from './rendered-pdf.js';

const MIB = 1024 * 1024;

function pdf(
  id: string,
  verdict: Verdict,
  what: string,
  expect: Expectation,
  build: (kit: CorpusKit) => Uint8Array | Promise<Uint8Array>,
  more: Partial<CorpusCase> = {},
): CorpusCase {
  return { id: `pdf/${id}`, ext: '.pdf', command: 'extract', verdict, what, expect, build, ...more };
}

/** Replaces text in a PDF by text of the same length (padded with spaces), so every offset stays right. */
function patch(bytes: Uint8Array, from: string, to: string): Buffer {
  const text = Buffer.from(bytes).toString('latin1');
  if (!text.includes(from) || to.length > from.length) throw new Error(`cannot patch ${from}`);
  return Buffer.from(text.replace(from, to.padEnd(from.length, ' ')), 'latin1');
}

/** A text field's body with its value given as raw PDF syntax. */
const withValue = (name: string, v: string) => (field: { name: string }, s: (t: string) => string) =>
  field.name === name
    ? `<< /FT /Tx /T ${s(name)} /V ${v} /Type /Annot /Subtype /Widget /P 3 0 R /Rect [0 0 10 10] >>`
    : undefined;

/** A field tree hanging from /Fields: a chain of `depth` nodes named `a`, then a text field. */
function fieldChain(depth: number, cycle: boolean): Buffer {
  return miniForm({
    acroForm: (fields) => `<< /Fields ${fields.replace(']', ` 1000 0 R]`)} >>`,
    extra: () => {
      const objects: PdfObject[] = [];
      for (let i = 0; i < depth; i++) {
        const kid = cycle && i === depth - 1 ? 1000 : 1001 + i;
        objects.push({ num: 1000 + i, body: (s) => `<< /T ${s('a')} /Kids [${kid} 0 R] >>` });
      }
      if (!cycle)
        objects.push({ num: 1000 + depth, body: (s) => `<< /FT /Tx /T ${s('evidence')} /V ${s('deep')} >>` });
      return objects;
    },
  });
}

/** An object stream holding one object, with the given dictionary entries and (already filtered) data. */
function objectStream(num: number, entries: string, data: Uint8Array): PdfObject {
  return { num, body: () => `<< /Type /ObjStm /N 1 /First 8 ${entries} >>`, stream: data };
}

export const PDF_CASES: CorpusCase[] = [
  pdf(
    'valid-form',
    'accept',
    'A filled corpus worksheet written by hand: classic xref, one field per object',
    { answers: EXPECTED_ANSWERS },
    () => miniForm(),
  ),
  pdf(
    'valid-form-objstm',
    'accept',
    'The same form re-saved by pdf-lib with object streams and an xref stream (PDF 1.5)',
    { answers: EXPECTED_ANSWERS },
    async () =>
      (await PDFDocument.load(miniForm(), { updateMetadata: false })).save({ useObjectStreams: true }),
  ),
  pdf(
    'valid-rendered',
    'accept',
    'A worksheet rendered by rubricate and filled in an incremental update, as a viewer saves it',
    { answers: EXPECTED_ANSWERS },
    (kit) => fillRenderedPdf(kit.pdf, ANSWERS),
  ),
  pdf(
    'incremental-update',
    'accept',
    'A second revision changes the respondent and a rating: the latest values win, with a note',
    {
      answers: {
        'respondent.name': 'Alice Example (revised)',
        'items.capacity-building.1.rating': 'could-be-better',
      },
      message: '3 revisions',
    },
    async (kit) => {
      const first = await fillRenderedPdf(kit.pdf, ANSWERS);
      return fillRenderedPdf(first, {
        'respondent.name': 'Alice Example (revised)',
        'capacity-building.1.rating': 'could-be-better',
      });
    },
  ),
  pdf(
    'xref-prev-loop',
    'accept',
    'An incremental update whose xref /Prev points at its own xref section (a /Prev loop)',
    { answers: EXPECTED_ANSWERS },
    (kit) => fillRenderedPdf(kit.pdf, ANSWERS, 'self'),
  ),
  pdf(
    'javascript-openaction',
    'ignore',
    'JavaScript /OpenAction (sets a rating, submits to 127.0.0.1), /Names JavaScript, /AA, /Launch and /URI actions',
    { answers: EXPECTED_ANSWERS },
    () =>
      miniForm({
        catalog:
          "/OpenAction << /S /JavaScript /JS (this.getField\\('capacity-building.1.rating'\\).value='urgent-gap'; this.submitForm\\('http://127.0.0.1:9/'\\);) >> /AA << /WC << /S /Launch /F (/bin/sh) >> >> /Names << /JavaScript << /Names [(x) << /S /JavaScript /JS (app.alert\\(1\\)) >>] >> >> ",
        fieldBody: (field, s, value) =>
          field.name === 'respondent.name'
            ? `<< /FT /Tx /T ${s(field.name)} /V ${s(String(value))} /AA << /K << /S /JavaScript /JS (event.value='x') >> /C << /S /URI /URI (http://127.0.0.1:9/) >> >> /Type /Annot /Subtype /Widget /P 3 0 R /Rect [0 0 10 10] /A << /S /Launch /F (cmd.exe) >> >>`
            : undefined,
      }),
  ),
  pdf('not-a-pdf', 'reject', 'A text file named .pdf', { message: 'not a PDF' }, () =>
    Buffer.from('rubric: corpus-mini\nthis is not a PDF\n'),
  ),
  pdf('empty', 'reject', 'Zero bytes', { message: 'not a PDF' }, () => new Uint8Array()),
  pdf(
    'truncated',
    'reject',
    'The first half of a valid form: no xref, no trailer',
    { message: 'truncated or damaged PDF' },
    () => {
      const whole = miniForm();
      return whole.subarray(0, whole.length >> 1);
    },
  ),
  pdf(
    'broken-xref',
    'accept',
    'Every xref offset 13 bytes too far: recovered by scanning the objects',
    { answers: EXPECTED_ANSWERS },
    () => miniForm({ pdf: { shiftXref: 13 } }),
  ),
  pdf(
    'startxref-beyond-eof',
    'accept',
    '`startxref 987654321`: recovered',
    { answers: EXPECTED_ANSWERS },
    () => miniForm({ pdf: { startxref: 987654321 } }),
  ),
  pdf(
    'header-junk',
    'accept',
    'About 900 bytes of junk before `%PDF-`, offsets counted from the header',
    { answers: EXPECTED_ANSWERS },
    () => miniForm({ pdf: { prefix: `${'junk before the header '.repeat(39)}\n` } }),
  ),
  pdf(
    'encrypted-user-password',
    'reject',
    'AES-256 (R6), user password `rubric-user`, owner password `rubric-owner`',
    { message: 'encrypted PDF' },
    () => {
      const { object, options } = aes256Encryption('rubric-user', 'rubric-owner', -3904);
      return miniForm({ extra: () => [object], pdf: options });
    },
  ),
  pdf(
    'encrypted-owner-only',
    'reject',
    'AES-256 with an empty user password and restrictions (no printing, copying or changing)',
    { message: 'encrypted PDF' },
    () => {
      const { object, options } = aes256Encryption('', 'rubric-owner', -3904);
      return miniForm({ extra: () => [object], pdf: options });
    },
  ),
  pdf(
    'no-acroform',
    'reject',
    'A plain page: no form at all',
    { message: 'no form fields (the PDF has no AcroForm)' },
    () =>
      pdfFile(
        [
          { num: 1, body: () => '<< /Type /Catalog /Pages 2 0 R >>' },
          { num: 2, body: () => '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
          { num: 3, body: () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>' },
        ],
        1,
        undefined,
      ),
  ),
  pdf(
    'orphan-widgets-no-acroform',
    'reject',
    'Widget annotations on the page, but no /AcroForm in the catalog',
    { message: 'no AcroForm' },
    () => patch(miniForm(), '/AcroForm 4 0 R', ''),
  ),
  pdf(
    'acroform-empty-fields',
    'reject',
    '`/AcroForm << /Fields [] >>`, widgets still on the page',
    { message: 'field list is empty' },
    () => miniForm({ acroForm: () => '<< /Fields [] >>' }),
  ),
  pdf(
    'duplicate-field-names',
    'reject',
    'Two separate fields named `capacity-building.1.evidence` (first and last must not win)',
    { message: 'ambiguous field "capacity-building.1.evidence"' },
    () =>
      miniForm({
        acroForm: (fields) => `<< /Fields ${fields.replace(']', ' 1000 0 R]')} >>`,
        extra: () => [
          {
            num: 1000,
            body: (s) => `<< /FT /Tx /T ${s('capacity-building.1.evidence')} /V ${s('Mallory')} >>`,
          },
        ],
      }),
  ),
  pdf(
    'duplicate-qualified-names',
    'reject',
    'A flat field named `capacity-building.1.evidence` beside the hierarchy capacity-building → 1 → evidence',
    { message: 'ambiguous field "capacity-building.1.evidence"' },
    () =>
      miniForm({
        acroForm: (fields) => `<< /Fields ${fields.replace(']', ' 1000 0 R]')} >>`,
        extra: () => [
          { num: 1000, body: (s) => `<< /T ${s('capacity-building')} /Kids [1001 0 R] >>` },
          { num: 1001, body: (s) => `<< /T ${s('1')} /Parent 1000 0 R /Kids [1002 0 R] >>` },
          { num: 1002, body: (s) => `<< /FT /Tx /T ${s('evidence')} /Parent 1001 0 R /V ${s('Mallory')} >>` },
        ],
      }),
  ),
  pdf(
    'field-value-100000',
    'accept',
    'An evidence of 100,000 characters: the responses limit of one answer',
    { answers: { 'items.capacity-building.1.evidence': 'x'.repeat(100_000) } },
    () => miniForm({ answers: { ...ANSWERS, 'capacity-building.1.evidence': 'x'.repeat(100_000) } }),
  ),
  pdf(
    'field-value-100001',
    'reject',
    'An evidence of 100,001 characters: one over',
    { message: 'longer than 100000 characters' },
    () => miniForm({ answers: { ...ANSWERS, 'capacity-building.1.evidence': 'x'.repeat(100_001) } }),
  ),
  pdf(
    'field-value-1000001',
    'reject',
    "An evidence of 1,000,001 characters: over extract's own limit of one field",
    { message: 'longer than the limit of 1000000 characters' },
    () => miniForm({ answers: { ...ANSWERS, 'capacity-building.1.evidence': 'x'.repeat(1_000_001) } }),
  ),
  pdf(
    'field-unicode-control',
    'accept',
    'Respondent in UTF-16 with CJK, Arabic, emoji and an RTL override; evidence with NUL, BEL, ANSI CSI/OSC, BS and DEL',
    {
      answers: {
        'respondent.name': 'Zoë 中文 مرحبا 😀 \u202eevil',
        'items.capacity-building.1.evidence':
          'NUL[\u0000] BEL[\u0007] \u001b[2J\u001b]0;pwned\u0007 BS[\b] DEL[\u007f]',
      },
    },
    () =>
      miniForm({
        answers: {
          ...ANSWERS,
          'respondent.name': 'Zoë 中文 مرحبا 😀 \u202eevil',
          'capacity-building.1.evidence':
            'NUL[\u0000] BEL[\u0007] \u001b[2J\u001b]0;pwned\u0007 BS[\b] DEL[\u007f]',
        },
      }),
  ),
  pdf(
    'field-pdfdocencoding',
    'accept',
    'Evidence in PDFDocEncoding bytes 93 94 80 8D (ﬁ ﬂ • “), not Windows-1252',
    { answers: { 'items.capacity-building.1.evidence': 'ﬁﬂ•“' } },
    () =>
      miniForm({
        answers: { ...ANSWERS, 'capacity-building.1.evidence': Buffer.from([0x93, 0x94, 0x80, 0x8d]) },
      }),
  ),
  pdf(
    'field-utf8-bom',
    'accept',
    'Evidence as a PDF 2.0 UTF-8 string with a BOM',
    { answers: { 'items.capacity-building.1.evidence': 'essay ✓' } },
    () =>
      miniForm({
        answers: {
          ...ANSWERS,
          'capacity-building.1.evidence': Buffer.concat([
            Buffer.from([0xef, 0xbb, 0xbf]),
            Buffer.from('essay ✓'),
          ]),
        },
      }),
  ),
  pdf(
    'field-lone-surrogate',
    'reject',
    'Respondent in UTF-16 with a lone surrogate D800',
    { message: '"respondent.name"' },
    () =>
      miniForm({
        answers: {
          ...ANSWERS,
          'respondent.name': Buffer.from([0xfe, 0xff, 0x00, 0x41, 0xd8, 0x00, 0x00, 0x42]),
        },
      }),
  ),
  pdf(
    'field-odd-utf16',
    'reject',
    'Respondent in UTF-16 with an odd number of bytes',
    { message: '"respondent.name"' },
    () =>
      miniForm({ answers: { ...ANSWERS, 'respondent.name': Buffer.from([0xfe, 0xff, 0x00, 0x41, 0x00]) } }),
  ),
  pdf(
    'rating-fullwidth-digit',
    'reject',
    'A rating stored as the name `/４` (a fullwidth digit): no Unicode folding',
    { message: 'capacity-building.1.rating' },
    () => miniForm({ answers: { ...ANSWERS, 'capacity-building.1.rating': '４' } }),
  ),
  pdf(
    'rating-name-lowercase-escape',
    'accept',
    'Ratings written `/str#65ngth` and `/ok#2dfor#2dnow`, with lower-case #-escapes (the same names)',
    { answers: { ...EXPECTED_ANSWERS, 'items.capacity-building.2.rating': 'ok-for-now' } },
    () =>
      miniForm({
        answers: {
          ...ANSWERS,
          'capacity-building.1.rating': '/str#65ngth',
          'capacity-building.2.rating': '/ok#2dfor#2dnow',
        },
      }),
  ),
  pdf(
    'rating-not-an-option',
    'reject',
    'A rating stored as `/excellent`, which is not a level of the scale',
    { message: 'capacity-building.1.rating' },
    () => miniForm({ answers: { ...ANSWERS, 'capacity-building.1.rating': 'excellent' } }),
  ),
  pdf(
    'value-dangling-ref',
    'reject',
    'Evidence `/V 99 0 R`, an object that does not exist',
    { message: 'a dangling reference (99 0 R)' },
    () => miniForm({ fieldBody: withValue('capacity-building.1.evidence', '99 0 R') }),
  ),
  pdf('value-array', 'reject', 'Evidence `/V [(a) (b)]`', { message: 'an array, expected a string' }, () =>
    miniForm({ fieldBody: withValue('capacity-building.1.evidence', '[(a) (b)]') }),
  ),
  pdf('value-number', 'reject', 'Evidence `/V 4`', { message: 'a number, expected a string' }, () =>
    miniForm({ fieldBody: withValue('capacity-building.1.evidence', '4') }),
  ),
  pdf('value-name', 'reject', 'Evidence `/V /Three`', { message: 'a name (Three), expected a string' }, () =>
    miniForm({ fieldBody: withValue('capacity-building.1.evidence', '/Three') }),
  ),
  pdf(
    'value-dictionary',
    'reject',
    'Evidence `/V << /A 1 >>`',
    { message: 'a dictionary, expected a string' },
    () => miniForm({ fieldBody: withValue('capacity-building.1.evidence', '<< /A 1 >>') }),
  ),
  pdf('value-stream', 'reject', 'Evidence `/V` a stream', { message: 'a stream, expected a string' }, () =>
    miniForm({ fieldBody: withValue('capacity-building.1.evidence', '6 0 R') }),
  ),
  pdf(
    'field-tree-deep',
    'refuse',
    'A 10,000-level /Kids chain whose terminal field is `a.a.….a.evidence`',
    { message: 'deeper than 32 levels' },
    () => fieldChain(10_000, false),
  ),
  pdf(
    'field-kids-cycle',
    'reject',
    'A field whose /Kids lead back to itself (a → a → … → a)',
    { message: 'field tree cycle' },
    () => fieldChain(3, true),
  ),
  pdf('field-shared-kid', 'reject', 'Two fields sharing one kid', { message: 'is reached twice' }, () =>
    miniForm({
      acroForm: (fields) => `<< /Fields ${fields.replace(']', ' 1000 0 R 1001 0 R]')} >>`,
      extra: () => [
        { num: 1000, body: (s) => `<< /T ${s('x')} /Kids [1002 0 R] >>` },
        { num: 1001, body: (s) => `<< /T ${s('y')} /Kids [1002 0 R] >>` },
        { num: 1002, body: (s) => `<< /FT /Tx /T ${s('z')} /V ${s('shared')} >>` },
      ],
    }),
  ),
  pdf(
    'many-fields-100001',
    'refuse',
    '100,001 extra text fields: over the limit of form field nodes',
    { message: 'more than 100000 form field nodes' },
    () => {
      const extra: PdfObject[] = Array.from({ length: 100_001 }, (_, i) => ({
        num: 1000 + i,
        body: () => `<< /FT /Tx /T (f${i}) >>`,
      }));
      return miniForm({
        acroForm: (fields) =>
          `<< /Fields ${fields.replace(']', ` ${extra.map((o) => `${o.num} 0 R`).join(' ')}]`)} >>`,
        extra: () => extra,
      });
    },
  ),
  pdf(
    'flate-bomb-objstm',
    'refuse',
    'An object stream inflating to 60 MiB of zeros from 60 KiB',
    { message: 'refused: an object stream inflates to more than 50.0 MiB' },
    () => miniForm({ extra: () => [objectStream(1000, '/Filter /FlateDecode', flateOfZeros(60 * MIB))] }),
  ),
  pdf(
    'flate-bomb-two-layers',
    'refuse',
    'An object stream compressed twice (`/Filter [/FlateDecode /FlateDecode]`): a few KiB that inflate to 2 GiB',
    { message: 'refused' },
    () =>
      miniForm({
        extra: () => [
          objectStream(
            1000,
            '/Filter [/FlateDecode /FlateDecode]',
            deflateSync(flateOfZeros(2048 * MIB), { level: 9 }),
          ),
        ],
      }),
  ),
  pdf(
    'flate-bomb-name-escape',
    'refuse',
    'An object stream of 60 MiB of zeros whose type is spelt `/Obj#53tm`',
    { message: 'refused' },
    () =>
      miniForm({
        extra: () => [
          {
            ...objectStream(1000, '/Filter /FlateDecode', flateOfZeros(60 * MIB)),
            body: () => '<< /Type /Obj#53tm /N 1 /First 8 /Filter /FlateDecode >>',
          },
        ],
      }),
  ),
  pdf(
    'objstm-other-filter',
    'accept',
    'An object stream with /LZWDecode: decoded within the same inflation budget as Flate, the form still read',
    { answers: EXPECTED_ANSWERS },
    () =>
      miniForm({
        extra: () => [
          objectStream(1000, '/Filter /LZWDecode', Buffer.from('80 0b 60 50 22 0c 0c 85 01', 'latin1')),
        ],
      }),
  ),
  pdf(
    'objstm-extends-itself',
    'accept',
    'The respondent field lives in an object stream whose /Extends is itself',
    { answers: EXPECTED_ANSWERS },
    () => {
      const form = miniForm();
      const text = form.toString('latin1');
      const m = /(\d+) 0 obj\n(<< \/FT \/Tx \/T <726573706F6E64656E742E6E616D65>[^\n]*)\nendobj\n/.exec(
        text,
      )!;
      const header = `${m[1]} 0 `;
      const inner = Buffer.from(`${header}${m[2]}`, 'latin1');
      const stream: PdfObject = {
        num: 1000,
        body: () => `<< /Type /ObjStm /N 1 /First ${header.length} /Extends 1000 0 R /Filter /FlateDecode >>`,
        stream: deflateSync(inner),
      };
      // The field's own object is blanked (same length), so only the object stream holds it.
      const blanked = Buffer.from(text.replace(m[0], `${' '.repeat(m[0].length - 1)}\n`), 'latin1');
      const trailerAt = blanked.lastIndexOf('\nxref\n') + 1;
      const streamBytes = pdfFile([stream], 1, 5).toString('latin1');
      const object = streamBytes.slice(streamBytes.indexOf('1000 0 obj'), streamBytes.indexOf('xref\n'));
      return Buffer.concat([
        blanked.subarray(0, trailerAt),
        Buffer.from(object, 'latin1'),
        blanked.subarray(trailerAt),
      ]);
    },
  ),
  pdf(
    'file-too-large',
    'refuse',
    'A PDF of 50 MiB + 1 byte: over the input size limit, refused before reading',
    { message: 'larger than 50.0 MiB' },
    () => {
      const form = miniForm();
      const padded = Buffer.alloc(50 * MIB + 1, 0x20);
      form.copy(padded, 0, 0, form.length - 6);
      padded.write('%%EOF\n', padded.length - 6, 'latin1');
      return padded;
    },
  ),
  pdf(
    'other-edition',
    'reject',
    'A form recording edition "2" of the corpus rubric',
    { message: 'edition' },
    () => patch(miniForm(), `/rubricate.edition <31>`, `/rubricate.edition <32>`),
  ),
  pdf(
    'other-content-hash',
    'reject',
    'A form recording another content hash (the wording changed since it was made)',
    { message: 'hash' },
    () => {
      const hash = corpusMetadata()[2]![1];
      const hex = Buffer.from(hash, 'latin1').toString('hex').toUpperCase();
      return patch(miniForm(), hex, `${hex.slice(0, -2)}30`);
    },
  ),
  pdf(
    'missing-field',
    'reject',
    'A form without the field capacity-building.2.evidence',
    { message: 'capacity-building.2.evidence' },
    () =>
      miniForm({
        acroForm: (fields) => `<< /Fields ${fields} >>`,
        fieldBody: (field, s) =>
          field.name === 'capacity-building.2.evidence' ? `<< /T ${s('unrelated')} /FT /Tx >>` : undefined,
      }),
  ),
];
