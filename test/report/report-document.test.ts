import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, DocumentModel, Table } from '../../src/document/model.js';
import { reportDocument } from '../../src/report/report-document.js';
import type { Report } from '../../src/score/report.js';
import { writeDocument } from '../../src/writers/index.js';
import { itWithPrograms, run } from '../helpers/external.js';
import { actionPlanReport, comparisonReport, starredReport, teamReport } from './example-reports.js';

const dir = mkdtempSync(join(tmpdir(), 'rubricate-report-doc-'));

function blocksOf(model: DocumentModel): Block[] {
  return model.sections.flatMap((s) => s.blocks);
}

function tablesOf(model: DocumentModel): Table[] {
  return blocksOf(model).filter((b): b is Table => b.type === 'table');
}

function headingTexts(model: DocumentModel, level: 1 | 2 | 3): string[] {
  return blocksOf(model).flatMap((b) =>
    b.type === 'heading' && b.level === level ? [b.runs.map((r) => r.text).join('')] : [],
  );
}

/** The text of a PDF or of a DOCX, whitespace collapsed so that wrapped cells still match. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('the report as a document model', () => {
  let report: Report;
  let model: DocumentModel;
  beforeAll(async () => {
    report = await teamReport();
    model = reportDocument(report);
  });

  it('has the sections of the HTML report, in order, and no form fields', () => {
    expect(headingTexts(model, 1)).toEqual(['Scoring report: District Team Self-Assessment']);
    expect(headingTexts(model, 2)).toEqual([
      'Summary',
      'Ingredients',
      'Team view (4 respondents)',
      'Items',
      'Recommendations',
    ]);
    expect(headingTexts(model, 3)).toEqual(expect.arrayContaining(report.ingredients.map((i) => i.title)));
    const cells = tablesOf(model).flatMap((t) => [...t.header, ...t.rows].flatMap((r) => r.cells));
    expect(cells.some((c) => c.field)).toBe(false);
  });

  it('gives every table one shaded header row (repeated on each page) as wide as its columns', () => {
    const tables = tablesOf(model);
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables) {
      expect(table.header).toHaveLength(1);
      expect(table.header[0]!.cells.every((c) => c.shade)).toBe(true);
      for (const row of [...table.header, ...table.rows])
        expect(row.cells.reduce((n, c) => n + (c.span ?? 1), 0)).toBe(table.columns.length);
    }
  });

  it('numbers pages as page X of Y and records the rubric it scores', () => {
    expect(model.sections[0]!.footer?.right).toBe('Page {page} of {pages}');
    expect(model.meta).toMatchObject({
      rubricId: '2025-large-chart',
      edition: '4/10/25',
      rubricHash: report.rubric.hash,
    });
  });

  it('has a member column per respondent in the items tables, with each rating value', () => {
    const capacity = tablesOf(model).find((t) =>
      t.header[0]!.cells.some((c) => c.runs?.[0]?.text === 'Item and evidence'),
    )!;
    const heads = capacity.header[0]!.cells.map((c) => c.runs?.[0]?.text);
    expect(heads).toEqual([
      '#',
      'Item and evidence',
      ...report.respondents.map((r) => r.name),
      'Median',
      'Spread',
    ]);
    const first = report.items[0]!;
    expect(capacity.rows[0]!.cells.slice(2, 6).map((c) => c.runs?.[0]?.text)).toEqual(
      first.answers.map((a) => String(a.value)),
    );
  });
});

describe('PDF and DOCX reports', () => {
  itWithPrograms('pdftotext', 'qpdf')(
    'PDF: passes qpdf --check and its text has every ingredient with its mean and counts',
    async () => {
      const report = await teamReport();
      const bytes = await writeDocument('pdf', reportDocument(report));
      const file = join(dir, 'team.pdf');
      writeFileSync(file, bytes);
      expect(run('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors/);
      const text = run('pdftotext', ['-layout', file, '-']);
      for (const ingredient of report.ingredients) {
        const figures = [
          ingredient.mean!.toFixed(2),
          `${Math.round(ingredient.completion * 100)}%`,
          ...ingredient.distribution.map((d) => String(d.count)),
          String(ingredient.unanswered),
        ].join('\\s+');
        const title = ingredient.title.split(' ')[0]!;
        expect(text, ingredient.title).toMatch(new RegExp(`${title}[^\\n]*?\\s${figures}\\s*\\n`));
      }
      expect(flat(text)).toContain('Overall mean 2.55');
      const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
      expect(flat(text)).toContain(`Page ${pages} of ${pages}`);
      for (const item of report.team!.toDiscuss) expect(flat(text)).toContain(item.text.slice(0, 30));
      // The same report gives the same bytes.
      expect(Buffer.from(await writeDocument('pdf', reportDocument(report))).equals(Buffer.from(bytes))).toBe(
        true,
      );
    },
  );

  itWithPrograms('pdftotext')('PDF: the action plan, starred items and comparison sections', async () => {
    const plan = await actionPlanReport();
    const starred = await starredReport();
    const compared = await comparisonReport();
    const texts: string[] = [];
    for (const [name, report] of [
      ['plan', plan],
      ['starred', starred],
      ['compared', compared],
    ] as const) {
      const file = join(dir, `${name}.pdf`);
      writeFileSync(file, await writeDocument('pdf', reportDocument(report)));
      texts.push(flat(run('pdftotext', [file, '-'])));
    }
    const [planText, starredText, comparedText] = texts as [string, string, string];
    const view = plan.actionPlan!;
    expect(planText).toContain(`Missing an owner (${view.missingOwner.length})`);
    expect(planText).toContain(`Missing a target date (${view.missingDate.length})`);
    expect(planText).toContain(`Overdue as of 2026-03-01 (${view.overdue.length})`);
    expect(planText).toContain('Resources: Legal counsel');
    expect(planText).toContain('Daily attendance data is reliable, and the cabinet team is committed.');
    expect(starredText).toContain(`Their mean: ${starred.priority!.mean!.toFixed(2)}.`);
    expect(comparedText).toContain('Comparison with the earlier edition');
    expect(comparedText).toContain(
      'Ratings of 2021-planning (edition 2021) against 2025-large-chart (edition 4/10/25).',
    );
  });

  itWithPrograms('soffice')(
    'DOCX: LibreOffice converts it, and its text has every ingredient with its mean',
    async () => {
      const report = await teamReport();
      const file = join(dir, 'team.docx');
      writeFileSync(file, await writeDocument('docx', reportDocument(report)));
      run('soffice', [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'txt:Text (encoded):UTF8',
        '--outdir',
        dir,
        file,
      ]);
      const text = flat(readFileSync(join(dir, 'team.txt'), 'utf8'));
      expect(text).toContain('Scoring report: District Team Self-Assessment');
      for (const ingredient of report.ingredients) {
        expect(text).toContain(ingredient.title);
        expect(text).toContain(`Mean ${ingredient.mean!.toFixed(2)} · completion`);
      }
      expect(text).toContain('Overall mean 2.55');
      for (const item of report.team!.toDiscuss) expect(text).toContain(item.text.slice(0, 30));
    },
  );
});
