import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from '../helpers/cli.js';
import { run } from '../helpers/external.js';
import { scaleKeys } from '../roundtrip/fill-plan.js';
import { pdfFields, xfdf } from '../roundtrip/pdf-tools.js';
import { render } from '../roundtrip/worksheets.js';
import { CJK_DISTRICT, CJK_RENDER, itWith, PYTHON, WORKSHEETS } from './fill-setup.js';
import { type Answers, missingLines, planAnswers } from './fill-values.js';
import { pdfjsFill } from './pdfjs-fill.js';

// Issue 17: a worksheet filled by pdftk, pypdf or pdf.js shows its answers in every reader, in every
// script the form font holds, and extract reads back exactly what was typed.
const DIR = mkdtempSync(join(tmpdir(), 'rubricate-fill-'));
afterAll(() => {
  if (!process.env.KEEP_FILL_OUTPUT) rmSync(DIR, { recursive: true, force: true });
});

const DEJAVU = join(ROOT, 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

interface Sheet {
  blank: string;
  answers: Answers;
}

const sheets = new Map<string, Sheet>();
/** The blank worksheet (rendered once) and the answers planned from its fields as pdftk lists them. */
function sheet(worksheet: { rubric: string; kind: string }): Sheet {
  const stem = `${worksheet.rubric}-${worksheet.kind}`;
  let found = sheets.get(stem);
  if (!found) {
    const blank = join(DIR, `${stem}.pdf`);
    render(worksheet, blank, CJK_RENDER);
    const fields = pdfFields(blank);
    found = { blank, answers: planAnswers(fields, scaleKeys(`${worksheet.rubric}.yaml`)) };
    expect(found.answers.text.length).toBeGreaterThanOrEqual(12);
    sheets.set(stem, found);
  }
  return found;
}

const poppler = (pdf: string) => run('pdftotext', [pdf, '-']);
const mupdf = (pdf: string) => run('mutool', ['draw', '-q', '-F', 'txt', pdf]);
const pdftkFlatten = (pdf: string) => {
  const out = pdf.replace(/\.pdf$/, '-flat.pdf');
  run('pdftk', [pdf, 'output', out, 'flatten']);
  return out;
};

/** Every typed value and the pre-filled district come back from extract exactly. */
function expectExtracted(filled: string, answers: Answers): void {
  const result = runCli(['extract', filled], { timeout: 60_000 });
  expect(result.code, result.stderr).toBe(0);
  const responses = parse(result.stdout);
  const at = (name: string) => {
    const dot = name.lastIndexOf('.');
    const [head, key] = [name.slice(0, dot), name.slice(dot + 1)];
    if (head === 'context' || head === 'respondent') return responses[head]?.[key];
    if (head === 'reflection') return responses.reflections?.[key];
    return responses.items?.[head]?.[key];
  };
  expect(at('context.district')).toBe(CJK_DISTRICT);
  for (const { name, value } of answers.text) expect(at(name), name).toBe(value);
  for (const [name, level] of Object.entries(answers.ratings)) expect(at(name), name).toBe(level);
}

/** What a reader draws holds every given value (line by line) and the CJK district. */
function expectDrawn(reader: string, drawn: string, values: string[]): void {
  expect(missingLines(drawn, [...values, CJK_DISTRICT]), reader).toEqual([]);
}

/** pdftk's iText writes field text through the /DA font only (Latin-1), or all of it with a replacement. */
const PDFTK_FILLS = [
  {
    title: 'pdftk fill_form: the Latin-1 answers are drawn, every answer extracts',
    suffix: 'pdftk',
    options: [],
    all: false,
  },
  {
    title: 'pdftk fill_form replacement_font DejaVuSans: answers in all four scripts are drawn',
    suffix: 'pdftk-dejavu',
    options: ['replacement_font', DEJAVU],
    all: true,
  },
];

for (const worksheet of WORKSHEETS) {
  const stem = `${worksheet.rubric}-${worksheet.kind}`;
  describe(`${stem}: filled by pdftk, pypdf and pdf.js`, () => {
    for (const fill of PDFTK_FILLS)
      itWith('pdftk', 'pdftotext', 'mutool')(
        fill.title,
        () => {
          const { blank, answers } = sheet(worksheet);
          const data = join(DIR, `${stem}-${fill.suffix}.xfdf`);
          writeFileSync(data, xfdf(pdftkPlan(answers)));
          const filled = join(DIR, `${stem}-${fill.suffix}.pdf`);
          run('pdftk', [blank, 'fill_form', data, 'output', filled, ...fill.options]);
          const flat = pdftkFlatten(filled);
          const drawn = answers.text.filter((a) => fill.all || a.latin1).map((a) => a.value);
          expectDrawn('poppler', poppler(flat), drawn);
          expectDrawn('mupdf', mupdf(flat), drawn);
          expectExtracted(filled, answers);
        },
        120_000,
      );

    itWith('pdftk', 'pdftotext', 'mutool')(
      'pdf.js (annotation storage, saveDocument): answers in all four scripts are drawn',
      async () => {
        const { blank, answers } = sheet(worksheet);
        const filled = join(DIR, `${stem}-pdfjs.pdf`);
        await pdfjsFill(blank, filled, valuesOf(answers, ''));
        const all = answers.text.map((a) => a.value);
        expectDrawn('poppler', poppler(filled), all);
        expectDrawn('mupdf', mupdf(filled), all);
        expectDrawn('poppler after pdftk flatten', poppler(pdftkFlatten(filled)), all);
        expectExtracted(filled, answers);
      },
      120_000,
    );

    itWith(PYTHON, 'pdftotext')(
      'pypdf: every answer extracts (text-string radio values too); poppler draws the Latin-1 answers',
      () => {
        const { blank, answers } = sheet(worksheet);
        const filled = join(DIR, `${stem}-pypdf.pdf`);
        // pypdf writes a radio's state as the text string "/level".
        run(PYTHON, [
          join(ROOT, 'test/fill/pypdf-fill.py'),
          blank,
          filled,
          JSON.stringify(valuesOf(answers, '/')),
        ]);
        expectExtracted(filled, answers);
        // pypdf 3 draws nothing; it sets /NeedAppearances, and poppler redraws each field with its /DA font,
        // the simple one (see docs/decisions.md: no /DA font serves pdftk, poppler and pdf.js alike).
        const latin1 = answers.text.filter((a) => a.latin1).map((a) => a.value);
        expect(missingLines(poppler(filled), latin1), 'poppler').toEqual([]);
      },
      120_000,
    );
  });
}

/** The answers as the roundtrip XFDF writer takes them (ratings by level key, never by index). */
function pdftkPlan(answers: Answers) {
  const text = Object.fromEntries(answers.text.map((a) => [a.name, a.value]));
  const ratings = Object.fromEntries(
    Object.entries(answers.ratings).map(([name, level]) => [name, { level, index: 0, asIndex: false }]),
  );
  return { text, ratings, expected: { respondent: {}, context: {}, items: {}, reflections: {} } };
}

/** Field name → value; a rating's level key prefixed with `slash` ("/" as pypdf users write states). */
function valuesOf(answers: Answers, slash: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const { name, value } of answers.text) values[name] = value;
  for (const [name, level] of Object.entries(answers.ratings)) values[name] = `${slash}${level}`;
  return values;
}
