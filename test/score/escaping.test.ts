import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../src/report/csv/csv-cell.js';
import { writeReportCsv } from '../../src/report/csv/write-report-csv.js';
import { mdText } from '../../src/report/markdown/markdown-text.js';
import { writeReportMarkdown } from '../../src/report/markdown/write-report-markdown.js';
import { writeReportText } from '../../src/report/text/write-report-text.js';
import type { Responses } from '../../src/responses/responses.generated.js';
import type { Rubric } from '../../src/rubric/rubric.generated.js';
import { rubricNamed } from '../../src/score/gather-inputs.js';
import type { Report } from '../../src/score/report.js';
import { scoreResponses } from '../../src/score/score-responses.js';

let rubric: Rubric;

beforeAll(async () => {
  rubric = await rubricNamed('2021');
});

/** A report of one or two respondents whose free text is the given string everywhere it can go. */
function reportWith(text: string, team = false): Report {
  const responses = (name: string): Responses => ({
    rubric: rubric.id,
    edition: rubric.edition.label,
    respondent: { name, role: text },
    items: {
      'capacity-building.1': {
        rating: 'strength',
        evidence: text,
        'next-steps': text,
        responsible: text,
        'target-date': text,
      },
      'capacity-building.2': { rating: team && name === 'b' ? 'strength' : 'urgent-gap', evidence: text },
    },
    reflections: { 'greatest-strengths': text },
  });
  const respondents = [{ file: 'a.yaml', responses: responses(text) }];
  if (team) respondents.push({ file: 'b.yaml', responses: responses('b') });
  return scoreResponses(rubric, respondents, { asOf: '2026-03-01' });
}

describe('text from responses cannot hurt the reader', () => {
  it('CSV: every text survives a round trip through csv-parse; formulas are defused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 40 }), async (text) => {
        const rows = parse(await writeReportCsv(reportWith(text)), {
          columns: true,
          relax_quotes: false,
        }) as Record<string, string>[];
        expect(rows).toHaveLength(35);
        const expected = text.trim() === '' ? '' : text.trim();
        const defused = /^[=+\-@\t\r]/.test(expected) ? `'${expected}` : expected;
        expect(rows[0]!.evidence).toBe(defused);
      }),
      { numRuns: 200 },
    );
    for (const formula of ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)']) {
      expect(csvCell(formula).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
  });

  it('Markdown: no raw HTML, link, image, table break or line break gets through', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const out = mdText(text);
        expect(out).not.toMatch(/[<>\n\r]/);
        expect(out).not.toMatch(/(?<!\\)[|[\]`]/);
      }),
      { numRuns: 500 },
    );
  });

  it('Markdown report: a hostile name and evidence stay inside their cells', async () => {
    const md = await writeReportMarkdown(
      reportWith('<img src=x onerror=alert(1)> | [x](javascript:alert(1))\n# h', true),
    );
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; \\| \\[x\\](javascript:alert(1)) # h');
    // every row of a table has as many cells as its header
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    const lines = md.split('\n');
    lines.forEach((line, k) => {
      if (line.startsWith('| ') && lines[k - 1]?.startsWith('|')) {
        let header = k - 1;
        while (lines[header - 1]?.startsWith('|')) header--;
        expect(cells(line), line).toBe(cells(lines[header]!));
      }
    });
  });

  it('terminal: escape sequences and bidi overrides are shown, never sent to the terminal', async () => {
    const text = await writeReportText(reportWith('evil\u001b[2J\u202eoops\u0007'), { color: false });
    expect(text).not.toMatch(/[\u001b\u202e\u0007]/);
    expect(text).toContain('evil\\u001b[2J\\u202eoops\\u0007');
  });
});
