import type { CorpusCase, CorpusKit, Expectation, Verdict } from './corpus-case.js';
import { EXPECTED_ANSWERS } from './mini-form.js';

const EVIDENCE = 'Solid structure, thin sourcing.';

function html(
  id: string,
  verdict: Verdict,
  what: string,
  expect: Expectation,
  build: (kit: CorpusKit) => Uint8Array,
): CorpusCase {
  return { id: `html/${id}`, ext: '.html', command: 'extract', verdict, what, expect, build };
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The rendered corpus worksheet as a browser saves it after filling ("Save page as… complete"): the
 * page's script has mirrored the answers into `value`, `checked` and the textareas' text.
 */
export function filledHtml(kit: CorpusKit, change: (page: string) => string = (page) => page): Buffer {
  let page = Buffer.from(kit.html).toString('utf8');
  const text = (name: string, value: string) => {
    page = page.replace(`name="${name}">`, `name="${name}" value="${escapeAttribute(value)}">`);
  };
  text('respondent.name', 'Alice Example');
  text('context.district', 'Riverside Unified');
  for (const [name, value] of [
    ['capacity-building.1.rating', 'strength'],
    ['actionable-data.2.rating', 'urgent-gap'],
  ])
    page = page.replace(`name="${name}" value="${value}">`, `name="${name}" value="${value}" checked>`);
  page = page.replace(
    /(name="capacity-building\.1\.evidence"[^>]*>)<\/textarea>/,
    `$1${escapeAttribute(EVIDENCE)}</textarea>`,
  );
  return Buffer.from(change(page), 'utf8');
}

export const HTML_CASES: CorpusCase[] = [
  html(
    'valid-saved',
    'accept',
    'A rendered HTML worksheet, filled and saved by a browser',
    { answers: EXPECTED_ANSWERS },
    (kit) => filledHtml(kit),
  ),
  html(
    'answers-in-script-and-comments',
    'ignore',
    'Fake inputs with the same names inside `<script>`, `<style>`, a comment and CDATA: never looked into',
    { answers: EXPECTED_ANSWERS },
    (kit) =>
      filledHtml(kit, (page) =>
        page.replace(
          '</body>',
          '<script>document.write(\'<input name="capacity-building.1.rating" value="urgent-gap" checked>\')</script><style>/* <input name="respondent.name" value="Mallory"> */</style><!-- <input name="respondent.name" value="Mallory"> --></body>',
        ),
      ),
  ),
  html(
    'duplicate-text-input',
    'reject',
    'Two text inputs named respondent.name (first and last must not win)',
    { message: 'ambiguous field "respondent.name"' },
    (kit) =>
      filledHtml(kit, (page) =>
        page.replace('</form>', '<input type="text" name="respondent.name" value="Mallory"></form>'),
      ),
  ),
  html(
    'two-ratings-checked',
    'reject',
    'Two options of one rating checked',
    { message: 'capacity-building.1' },
    (kit) =>
      filledHtml(kit, (page) =>
        page.replace(
          'name="capacity-building.1.rating" value="urgent-gap">',
          'name="capacity-building.1.rating" value="urgent-gap" checked>',
        ),
      ),
  ),
  html(
    'entities-and-controls',
    'accept',
    'Numeric character references for ESC, NUL and an RTL override in the respondent: kept, written escaped',
    { answers: { 'respondent.name': 'A\u001b[2J\u202eB' } },
    (kit) => filledHtml(kit, (page) => page.replace('value="Alice Example"', 'value="A&#x1b;[2J&#x202E;B"')),
  ),
  html(
    'invalid-utf8',
    'reject',
    'A saved page with invalid UTF-8 bytes',
    { message: 'not valid UTF-8' },
    (kit) => Buffer.concat([filledHtml(kit), Buffer.from([0xff, 0xfe, 0xc3])]),
  ),
  html('no-inputs', 'reject', 'A page without any named input', { message: 'no form fields' }, () =>
    Buffer.from('<!doctype html><html><body><p>Nothing to fill</p></body></html>'),
  ),
  html(
    'huge-attribute',
    'refuse',
    'An evidence textarea of 1,000,001 characters: over the limit of one field',
    { message: 'more than 1000000 characters' },
    (kit) => filledHtml(kit, (page) => page.replace(EVIDENCE, 'x'.repeat(1_000_001))),
  ),
  html(
    'unclosed-tags',
    'reject',
    'The page cut off inside a tag after the metadata',
    { message: 'is missing' },
    (kit) => {
      const page = filledHtml(kit).toString('utf8');
      return Buffer.from(page.slice(0, page.indexOf('name="respondent.name"') + 10));
    },
  ),
];
