import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type BatchRow, openBatchCsv } from '../../src/batch/read-batch-csv.js';
import { buildDocument } from '../../src/document/build-document.js';
import { fromRoot } from '../../src/paths.js';
import { writeDocument } from '../../src/writers/index.js';
import { corpusRubric } from '../corpus/corpus-kit.js';
import { expectUserError, fuzzParameters, fuzzTimeout, mutate, mutatedText } from './fuzz-kit.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-fuzz-render-'));
let files = 0;
const fileOf = (name: string, data: string | Uint8Array) => {
  const path = join(DIR, `${files++}-${name}`);
  writeFileSync(path, data);
  return path;
};
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** Runs `work`; a throw must be the project's own UserError of at most `lines` lines. */
async function userErrorsOnly(work: () => unknown, lines = 1): Promise<void> {
  try {
    await work();
  } catch (error) {
    expectUserError(error, lines);
  }
}

/** The whole of a batch CSV as the streaming reader gives it, row by row. */
async function readBatchCsv(path: string): Promise<{ columns: string[]; rows: BatchRow[] }> {
  const csv = await openBatchCsv(path);
  const rows: BatchRow[] = [];
  for await (const row of csv.rows) rows.push(row);
  return { columns: csv.columns, rows };
}

/** A CSV field as a spreadsheet writes it: quoted when it holds a comma, quote or line break. */
const quoteCsv = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

describe('fuzz: batch CSV rows', () => {
  const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,8}$/);
  const value = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('a,b', 'say "hi"', 'two\nlines', 'cr\r\nlf', 'Peñasco', '北京', '\u202e', '=1+1'),
  );

  it('rows a spreadsheet writes come back with their values and the line each starts on', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(name, { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(value, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        async (columns, rows, eol, bom) => {
          const records = rows.map((row) => row.slice(0, columns.length));
          // Empty lines are skipped (keep to rows whose line has more than blanks), and values are trimmed
          // outside quotes only.
          const kept = records.filter((r) => !/^\s*$/.test(r.map(quoteCsv).join(',')));
          const lines = [columns.join(','), ...kept.map((r) => r.map(quoteCsv).join(','))];
          const text = `${bom ? '\ufeff' : ''}${lines.join(eol)}${eol}`;
          const path = fileOf('rows.csv', text);
          if (kept.length === 0) {
            await expect(readBatchCsv(path)).rejects.toThrow(/no data rows/);
            return;
          }
          const read = await readBatchCsv(path);
          expect(read.columns).toEqual(columns);
          let line = 2;
          read.rows.forEach((row, i) => {
            expect(Object.values(row.values)).toEqual(
              kept[i]!.map((v) => (quoteCsv(v) === v ? v.trim() : v)),
            );
            expect(row.line, `row ${i + 1} of ${JSON.stringify(text)}`).toBe(line);
            line += (lines[i + 1]!.match(/\r\n|\n|\r/g) ?? []).length + 1;
          });
        },
      ),
      fuzzParameters(400),
    );
  });

  it('counts a CR LF inside a quoted value as one line (found by the property above)', async () => {
    const path = fileOf(
      'crlf.csv',
      'district,school\r\n"two\r\nlines",a\r\n\r\n"more\r\nlines",b\r\nlast,c\r\n',
    );
    expect((await readBatchCsv(path)).rows.map((row) => row.line)).toEqual([2, 5, 7]);
  });

  it('mutated CSV files are read or refused in one line', async () => {
    const base = 'district,school,team\n"Riverside, Unified",North High,"A ""team"""\nPeñasco ISD,,B\n';
    await fc.assert(
      fc.asyncProperty(
        mutatedText(base, [',', '"', '\n', '\r', '\r\n', '""', '\ufeff', 'district', ' ']),
        async (text) => {
          const path = fileOf('mutated.csv', text);
          await userErrorsOnly(async () => {
            const { rows } = await readBatchCsv(path);
            for (const row of rows) expect(row.line).toBeLessThanOrEqual(text.split(/\r\n|\n|\r/).length);
          });
        },
      ),
      fuzzParameters(300),
    );
  });
});

describe('fuzz: template values through the template to the document model', () => {
  const key = fc.oneof(
    fc.constantFrom('district', 'school', 'team', 'date', 'facilitator', 'respondent', 'role'),
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,10}$/),
    fc.constantFrom('__proto__', 'constructor', 'toString', 'rubric', 'page'),
  );
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(
      '{{rubric.id}}',
      '<b>x</b>',
      '&amp;',
      '**bold**',
      '</section>',
      '"quoted"',
      '2026-02-30',
      '\u0000',
      '\u001b[2J',
    ),
  );

  it(
    'any values give a document or a UserError, in HTML, Markdown and DOCX',
    async () => {
      const rubric = corpusRubric();
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(key, text, { maxKeys: 6 }),
          fc.constantFrom('self-assessment', 'action-plan') as fc.Arbitrary<
            'self-assessment' | 'action-plan'
          >,
          async (values, kind) => {
            await userErrorsOnly(async () => {
              const model = buildDocument(rubric, { kind, values: { ...values } });
              for (const format of ['html', 'md', 'docx'] as const)
                expect((await writeDocument(format, model)).length).toBeGreaterThan(0);
            });
            expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          },
        ),
        fuzzParameters(150),
      );
    },
    fuzzTimeout(150, 40),
  );
});

describe('fuzz: user templates', () => {
  const shipped = readFileSync(fromRoot('templates', 'self-assessment.hbs'), 'utf8');
  // Not `__header`/`__footer` attributes: issue 11 (they end in an internal error today).
  const TOKENS = [
    '{{',
    '}}',
    '{{{',
    '}}}',
    '{{#each rubric.sections}}',
    '{{/each}}',
    '{{#if rubric.subtitle}}',
    '{{/if}}',
    '{{else}}',
    '{{> nothing}}',
    '{{!-- x --}}',
    '{{lookup this "constructor"}}',
    '{{inline "**x**"}}',
    '{{eq 1 1}}',
    '{{@root.x.y}}',
    '<p>',
    '</p>',
    '<section>',
    '</section>',
    '<table columns="1 2">',
    '</table>',
    '<tr>',
    '<td>',
    '<b>',
    '</i>',
    '<h1>',
    '<ul>',
    '<li>',
    '<text name="a.b"/>',
    '<choice name="a.rating" value="x"/>',
    '<header left="x"/>',
    '&amp;',
    '&bogus;',
    '<!--',
    '-->',
    '"',
    '=',
    '<',
    '>',
    '\u0000',
    'size="a4"',
    'columns=""',
  ];

  it(
    'mutated templates give a document or a UserError naming the template',
    async () => {
      const rubric = corpusRubric();
      await fc.assert(
        fc.asyncProperty(mutatedText(shipped, TOKENS, 4), async (source) => {
          const template = fileOf('template.hbs', source);
          // Handlebars' own parse errors quote the template over a few lines (a compiler-like excerpt).
          await userErrorsOnly(async () => {
            const model = buildDocument(rubric, { kind: 'self-assessment', template });
            expect((await writeDocument('html', model)).length).toBeGreaterThan(0);
          }, 6);
        }),
        fuzzParameters(150),
      );
    },
    fuzzTimeout(150, 40),
  );
});

describe('fuzz: --font files', () => {
  const require = createRequire(import.meta.url);
  const font = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuMathTeXGyre.ttf'));
  /** Table tag → [offset, length]. */
  const tables = new Map<string, [number, number]>();
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const at = 12 + 16 * i;
    tables.set(font.toString('latin1', at, at + 4), [font.readUInt32BE(at + 8), font.readUInt32BE(at + 12)]);
  }
  // Issue 11: glyf and loca are left alone (a composite of itself never ends), and a RangeError from
  // reading past a table is its "bounds-check every table read": counted, not failed, until it lands.
  const targets = [...tables].filter(([tag]) => tag !== 'glyf' && tag !== 'loca');
  let rangeErrors = 0;

  it(
    'fonts with damaged tables render 𝐀 or give a UserError (RangeError: issue 11)',
    async () => {
      const model = buildDocument(corpusRubric(), { kind: 'self-assessment', values: { district: '𝐀 Zoë' } });
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...targets),
          fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), {
            minLength: 1,
            maxLength: 8,
          }),
          async ([, [offset, length]], flips) => {
            const bytes = mutate(
              font,
              flips.map((f) => ({
                op: 'flip' as const,
                at: offset + (f.at % Math.max(1, length)),
                byte: f.byte,
              })),
            );
            try {
              await writeDocument('pdf', model, { fonts: [bytes] });
            } catch (error) {
              if (error instanceof RangeError) rangeErrors++;
              else expectUserError(error);
            }
          },
        ),
        fuzzParameters(40),
      );
      if (rangeErrors > 0)
        console.info(`fuzz --font: ${rangeErrors} RangeError(s) tolerated, waiting on issue 11`);
    },
    fuzzTimeout(40, 300),
  );
});
