import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect } from 'vitest';
import { fillDocx } from '../extract/helpers.js';
import { runCli } from '../helpers/cli.js';
import { itWithPrograms } from '../helpers/external.js';
import { docxFields, docxFill } from './docx-tools.js';
import { planFill, scaleKeys } from './fill-plan.js';
import { pdfFields, pdftkFill, xfdf } from './pdf-tools.js';
import { render, type Worksheet } from './worksheets.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-score-rt-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** A PDF of the worksheet filled by pdftk; `shift` makes it another respondent's answers. */
function filledPdf(worksheet: Worksheet, name: string, shift: number): string {
  const blank = join(DIR, `${name}-blank.pdf`);
  render(worksheet, blank);
  const plan = planFill(pdfFields(blank), scaleKeys(`${worksheet.rubric}.yaml`), { indices: true, shift });
  plan.text['respondent.name'] = `${name} Nguyễn`;
  writeFileSync(join(DIR, `${name}.xfdf`), xfdf(plan));
  const filled = join(DIR, `${name}.pdf`);
  pdftkFill(blank, join(DIR, `${name}.xfdf`), filled);
  return filled;
}

/** A DOCX of the worksheet filled as Word does. */
function filledDocx(worksheet: Worksheet, name: string, shift: number): string {
  const blank = join(DIR, `${name}-blank.docx`);
  render(worksheet, blank);
  const bytes = readFileSync(blank);
  const plan = planFill(docxFields(bytes), scaleKeys(`${worksheet.rubric}.yaml`), { shift });
  plan.text['respondent.name'] = `${name} Ñandú`;
  const filled = join(DIR, `${name}.docx`);
  writeFileSync(filled, fillDocx(bytes, docxFill(plan)));
  return filled;
}

function extracted(file: string): string {
  const out = `${file}.responses.yaml`;
  const result = runCli(['extract', file, '-o', out]);
  expect(result.code, result.stderr).toBe(0);
  return out;
}

/** The JSON report for these inputs, with the respondents' source file names left out. */
function jsonReport(inputs: string[], extra: string[] = []) {
  const result = runCli(['score', ...inputs, '--format', 'json', ...extra]);
  expect(result.code, result.stderr).toBe(0);
  const report = JSON.parse(result.stdout);
  for (const respondent of report.respondents) {
    expect(inputs).toContain(respondent.file);
    expect(respondent.files).toEqual([respondent.file]);
    delete respondent.file;
    delete respondent.files;
  }
  return report;
}

describe('score on filled worksheets equals score on their extracted responses', () => {
  itWithPrograms('pdftk')('a team of a filled PDF and a filled DOCX (2025 self-assessment)', () => {
    const worksheet = { rubric: '2025-large-chart', kind: 'self-assessment' };
    const worksheets = [filledPdf(worksheet, 'ana', 0), filledDocx(worksheet, 'binh', 2)];
    const yamls = worksheets.map(extracted);
    for (const one of [0, 1]) expect(jsonReport([worksheets[one]!])).toEqual(jsonReport([yamls[one]!]));
    const team = jsonReport(worksheets);
    expect(team).toEqual(jsonReport(yamls));
    // Not a vacuous equality: two respondents who differ, so the team view has something to discuss.
    expect(team.respondents.map((r: { name: string }) => r.name)).toEqual(['ana Nguyễn', 'binh Ñandú']);
    expect(team.overall.scored).toBeGreaterThan(40);
    expect(team.team.toDiscuss.length).toBeGreaterThan(0);
  });

  itWithPrograms('pdftk')(
    'a 2021 action plan as PDF and DOCX, overdue entries counted as of a fixed day',
    () => {
      const worksheet = { rubric: '2021-planning', kind: 'action-plan' };
      const worksheets = [filledPdf(worksheet, 'plan-pdf', 0), filledDocx(worksheet, 'plan-docx', 1)];
      const yamls = worksheets.map(extracted);
      const asOf = ['--as-of', '2026-03-20'];
      const report = jsonReport(worksheets, asOf);
      expect(report).toEqual(jsonReport(yamls, asOf));
      expect(report.actionPlan.entries.length).toBeGreaterThan(20);
      expect(report.actionPlan.overdue.length).toBeGreaterThan(0);
      expect(report.actionPlan.reflections.some((r: { answers: unknown[] }) => r.answers.length > 0)).toBe(
        true,
      );
    },
  );
});
