import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { itWithPrograms } from '../helpers/external.js';
import { answersOf, planFill, scaleKeys } from './fill-plan.js';
import { pdfFields, pdftkFill, xfdf } from './pdf-tools.js';
import { offeredWorksheets, render } from './worksheets.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-pdf-rt-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('PDF round trip: rubricate render → pdftk fill_form (XFDF) → rubricate extract', () => {
  for (const worksheet of offeredWorksheets()) {
    const stem = `${worksheet.rubric}-${worksheet.kind}`;
    itWithPrograms('pdftk')(`${stem}: every field filled comes back exactly`, () => {
      const blank = join(DIR, `${stem}.pdf`);
      render(worksheet, blank);
      const fields = pdfFields(blank);
      if (worksheet.kind === 'large-chart') {
        // The large chart is a wall poster filled with markers: it has no form fields to round-trip.
        expect(fields).toEqual([]);
        return;
      }
      expect(fields.length).toBeGreaterThan(20);
      const levels = scaleKeys(`${worksheet.rubric}.yaml`);
      for (const field of fields)
        if (field.kind === 'rating')
          expect([...field.options].sort(), field.name).toEqual([...levels].sort());
      const plan = planFill(fields, levels, { indices: true });
      const ratings = Object.values(plan.ratings);
      if (worksheet.kind === 'self-assessment') {
        // Both spellings of a radio value are exercised: the export name and the option's index.
        expect(ratings.some((r) => r.asIndex)).toBe(true);
        expect(ratings.some((r) => !r.asIndex)).toBe(true);
      }
      expect(Object.values(plan.text).some((t) => t.includes('\n'))).toBe(true);

      const data = join(DIR, `${stem}.xfdf`);
      writeFileSync(data, xfdf(plan));
      const filled = join(DIR, `${stem}-filled.pdf`);
      pdftkFill(blank, data, filled);
      const out = join(DIR, `${stem}.yaml`);
      const extracted = runCli(['extract', filled, '-o', out]);
      expect(extracted.code, extracted.stderr).toBe(0);
      const responses = parse(readFileSync(out, 'utf8'));
      expect(responses).toMatchObject({
        rubric: worksheet.rubric,
        kind: worksheet.kind,
        source: { method: 'pdf-fields' },
      });
      expect(answersOf(responses)).toEqual(plan.expected);
    });
  }
});

describe('PDF radio values that are no option', () => {
  itWithPrograms('pdftk')('an unknown value or an index past the scale is an error naming the item', () => {
    const blank = join(DIR, 'unknown.pdf');
    render({ rubric: '2025-large-chart', kind: 'self-assessment' }, blank);
    const data = join(DIR, 'unknown.xfdf');
    const plan = {
      text: {},
      ratings: {
        'capacity-building.3.rating': { level: 'x', index: 7, asIndex: true },
        'capacity-building.4.rating': { level: 'excellent', index: 0, asIndex: false },
      },
      expected: { respondent: {}, context: {}, items: {}, reflections: {} },
    };
    writeFileSync(data, xfdf(plan));
    const filled = join(DIR, 'unknown-filled.pdf');
    pdftkFill(blank, data, filled);
    const result = runCli(['extract', filled]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('"capacity-building.3.rating" is "7", which is not one of its options');
    expect(result.stderr).toContain(
      '"capacity-building.4.rating" is "excellent", which is not one of its options',
    );
  });
});
