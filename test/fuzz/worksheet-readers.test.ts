import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { damagedReason } from '../../src/extract/read-pdf-form.js';
import type { CorpusKit } from '../corpus/corpus-case.js';
import { corpusKit } from '../corpus/corpus-kit.js';
import { RUBRIC_YAML } from '../corpus/corpus-rubric.js';
import { filledHtml } from '../corpus/html-cases.js';
import { ANSWERS, miniForm } from '../corpus/mini-form.js';
import { fillRenderedPdf } from '../corpus/rendered-pdf.js';
import { zipBytes } from '../corpus/zip-bytes.js';
import { fillDocx } from '../extract/helpers.js';
import { expectUserError, fuzzParameters, fuzzTimeout, mutate, mutations } from './fuzz-kit.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-fuzz-worksheets-'));
const RUBRIC = join(DIR, 'corpus-rubric.yaml');
let kit: CorpusKit;
let renderedPdf: Uint8Array;
let docxEntries: Record<string, Uint8Array>;
let runs = 0;
/** How each run ended (FUZZ_REPORT=1 prints it): how far into the reader the inputs get. */
const outcomes = new Map<string, number>();
const tally = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);

beforeAll(async () => {
  writeFileSync(RUBRIC, RUBRIC_YAML);
  kit = await corpusKit();
  renderedPdf = await fillRenderedPdf(kit.pdf, ANSWERS);
  docxEntries = unzipSync(
    fillDocx(kit.docx, {
      tick: ['capacity-building.1.rating=strength'],
      text: { 'respondent.name': 'Alice Example', 'capacity-building.1.evidence': 'Solid structure.' },
    }),
  );
}, 60_000);
afterAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  if (process.env.FUZZ_REPORT === '1')
    console.log(
      [...outcomes]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${n}\t${k}`)
        .join('\n'),
    );
});

/**
 * Runs the whole of `extract` (read the form, match the rubric, name the fields, check every answer) on
 * bytes written to a file, as the CLI does: it may give responses or a UserError of one line, nothing else.
 */
async function extractBytes(bytes: Uint8Array, ext: string): Promise<void> {
  const file = join(DIR, `fuzz-${runs++}${ext}`);
  writeFileSync(file, bytes);
  try {
    const { responses } = await extract(file, { rubric: RUBRIC });
    expect(responses.rubric).toBe('corpus-mini');
    tally(`${ext} read`);
  } catch (error) {
    expectUserError(error);
    tally(
      `${ext} ${(error as Error).message
        .slice(file.length + 2)
        .replace(/"[^"]*"|\d+/g, '…')
        .slice(0, 50)}`,
    );
  } finally {
    rmSync(file, { force: true });
  }
}

const PDF_TOKENS = [
  ' 0 obj\n',
  'endobj\n',
  ' 0 R',
  '<<',
  '>>',
  '[',
  ']',
  '/Kids [',
  '/Parent 7 0 R',
  '/T ',
  '/V ',
  '/FT /Btn ',
  '/FT /Tx ',
  '/FT /Ch ',
  '/Ff 49152 ',
  '/Ff 131072 ',
  '(x)',
  '(\\',
  '<FEFF',
  '<FEFFD800>',
  '>',
  'stream\n',
  '\nendstream',
  '/Type /ObjStm ',
  '/Type /XRef ',
  '/Filter /FlateDecode ',
  '/N 1 /First 4 ',
  '/Length 9 ',
  'xref\n',
  'trailer\n',
  'startxref\n',
  '%%EOF',
  '/Opt [(strength) (x)] ',
  '/AS /strength ',
  '/AS /Off ',
  '#',
  '/',
  '/Info 5 0 R',
  '/Root 1 0 R',
  '/Prev 0',
  '1000 0 R',
  '99999999999 0 R',
  '-1',
  '1e999',
  '/AcroForm << /Fields [] >>',
  '/rubricate.kind (action-plan)',
  '\r',
  '\n',
];

const XML_TOKENS = [
  '<w:sdt>',
  '</w:sdt>',
  '<w:sdtPr>',
  '<w:sdtContent>',
  '</w:sdtContent>',
  '<w:tag w:val="capacity-building.1.evidence"/>',
  '<w:tag w:val="respondent.name"/>',
  '<w:t>',
  '</w:t>',
  '<w:r>',
  '</w:r>',
  '<w:br/>',
  '<w:tab/>',
  '<w:showingPlcHdr/>',
  '<w14:checked w14:val="1"/>',
  '<w:del>',
  '</w:del>',
  '<w:instrText>',
  '&amp;',
  '&lt;',
  '&#x1F600;',
  '&#0;',
  '&bogus;',
  '<!DOCTYPE x>',
  '<?xml version="1.0"?>',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  'xmlns:q="urn:x"',
  '<q:x>',
  '"',
  "'",
  '<',
  '>',
  '\u0000',
  '\ufeff',
  '\u202e',
];

const HTML_TOKENS = [
  '<input name="respondent.name" value="x">',
  '<input type="radio" name="capacity-building.1.rating" value="strength" checked>',
  '<textarea name="capacity-building.1.evidence">',
  '</textarea>',
  '<script>',
  '</script>',
  '<style>',
  '</style>',
  '<!--',
  '-->',
  '&#x0;',
  '&#1114112;',
  '&#xD800;',
  '&amp',
  '&quot;',
  '"',
  "'",
  '<',
  '>',
  ' checked',
  ' value=',
  ' name=',
  '<meta name="rubricate.kind" content="action-plan">',
  '<meta name="rubricate.rubric-hash" content="0">',
  '\u0000',
  '\r',
];

describe('counterexamples found by fuzzing, kept as fixed tests', () => {
  it('a PDF pdf-lib cannot parse is named by the byte offset, not "it was actually undefined"', () => {
    // FUZZ_RUNS=5 FUZZ_SEED=7 cut a rendered worksheet so that pdf-lib failed with this message (the
    // mutated bytes depend on the writer, so the message itself is kept).
    const error = new Error(
      'Failed to parse PDF document (line:2316 col:0 offset=102573): Expected next byte to be 62 but it was actually undefined',
    );
    expect(damagedReason(error)).toBe(
      'Failed to parse PDF document at byte 102573: Expected next byte to be 62 but the data ended',
    );
  });
});

describe('fuzz: filled worksheets through extract', () => {
  it(
    'mutated PDF forms (hand-written and rendered) are read or rejected in one line',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.boolean(), mutations(PDF_TOKENS, 8), async (rendered, list) => {
          await extractBytes(mutate(rendered ? renderedPdf : miniForm(), list), '.pdf');
        }),
        fuzzParameters(120),
      );
    },
    fuzzTimeout(120, 60),
  );

  it(
    'mutated DOCX worksheets (document.xml, or the zip bytes) are read or rejected in one line',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.boolean(), mutations(XML_TOKENS, 8), async (raw, list) => {
          const entries = Object.entries(docxEntries).map(([name, data]) => ({
            name,
            data: !raw && name === 'word/document.xml' ? mutate(data, list) : data,
          }));
          const zip = zipBytes(entries);
          await extractBytes(raw ? mutate(zip, list) : zip, '.docx');
        }),
        fuzzParameters(200),
      );
    },
    fuzzTimeout(200, 30),
  );

  it(
    'mutated saved HTML worksheets are read or rejected in one line',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutations(HTML_TOKENS, 8), async (list) => {
          await extractBytes(mutate(filledHtml(kit), list), '.html');
        }),
        fuzzParameters(200),
      );
    },
    fuzzTimeout(200, 30),
  );
});
