import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../src/document/model.js';
import { reportDocument } from '../../src/report/report-document.js';
import type { Report } from '../../src/score/report.js';
import { figureSvg } from '../../src/writers/html/figure-svg.js';
import { writeDocument } from '../../src/writers/index.js';
import { teamReport } from './example-reports.js';

/** The decompressed content streams of a PDF (FlateDecode streams inflated; others as they are). */
function pdfContent(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('latin1');
  const out: string[] = [];
  const stream = /stream\r?\n/g;
  let match: RegExpExecArray | null = stream.exec(text);
  while (match) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    const raw = Buffer.from(text.slice(start, end), 'latin1');
    try {
      out.push(inflateSync(raw).toString('latin1'));
    } catch {
      out.push(raw.toString('latin1'));
    }
    match = stream.exec(text);
  }
  return out.join('\n');
}

describe('charts in the PDF and DOCX reports', () => {
  let report: Report;
  let figures: Figure[];
  beforeAll(async () => {
    report = await teamReport();
    figures = reportDocument(report)
      .sections.flatMap((s) => s.blocks)
      .filter((b): b is Figure => b.type === 'figure');
  });

  it('the document has the means, distribution and spread charts, each with a text alternative', () => {
    expect(figures.map((f) => f.alt.split(':')[0])).toEqual([
      'Mean rating per ingredient on a scale of 1 to 4',
      'Answers per level for each ingredient',
      'Spread of the items to discuss, lowest to highest scored rating with the median',
    ]);
    // The alternative carries the figures the chart shows: Capacity Building's mean, 80/31 = 2.58.
    expect(figures[0]!.alt).toContain('Capacity Building 2.58');
    // One bar per ingredient with a mean, as long as its mean on the 1–4 scale.
    const bars = figures[0]!.shapes.filter((s) => s.kind === 'rect' && s.fill === '#1f5fa8');
    expect(bars).toHaveLength(report.ingredients.length);
  });

  it('the PDF draws them as coloured vector paths', async () => {
    const pdf = await writeDocument('pdf', reportDocument(report));
    const content = pdfContent(pdf);
    // The bar colour #1f5fa8 as RGB fill, and stroked gridlines.
    expect(content).toContain('0.12 0.37 0.66 rg');
    expect(content).toMatch(/ RG [\d. ]+ m [\d. ]+ l S Q/);
  });

  it('the DOCX draws them as VML groups with the alternative text', async () => {
    const docx = await writeDocument('docx', reportDocument(report));
    const xml = new TextDecoder().decode(unzipSync(docx)['word/document.xml']!);
    const groups = xml.match(/<v:group [^>]*>/g) ?? [];
    expect(groups).toHaveLength(3);
    expect(groups[0]).toContain('alt="Mean rating per ingredient on a scale of 1 to 4:');
    expect(xml).toContain('fillcolor="#1f5fa8"');
  });

  it("a grouped report charts each group's overall mean in its roll-up", async () => {
    const { groupedDocument } = await import('../../src/report/report-grouped-document.js');
    const { rollup } = await import('../../src/score/rollup.js');
    const groups = [
      { label: 'North', report },
      { label: 'South', report },
    ];
    const model = groupedDocument({
      version: 2,
      groupBy: 'district',
      rubric: report.rubric,
      context: report.context,
      scale: report.scale,
      rollup: rollup(groups),
      groups,
    });
    const first = model.sections[0]!.blocks.find((b): b is Figure => b.type === 'figure')!;
    // The team's overall mean, 439 over 172 scored answers = 2.552 → 2.55, for both groups.
    expect(first.alt).toBe('Overall mean per district on a scale of 1 to 4: North 2.55, South 2.55.');
  });

  it('the HTML writer draws a figure as inline SVG with role img, escaping its texts', () => {
    const svg = figureSvg({
      type: 'figure',
      width: 100,
      height: 20,
      alt: 'A <b> & "c"',
      shapes: [
        { kind: 'rect', x: 0, y: 0, width: 10, height: 5, fill: '#123456' },
        { kind: 'text', x: 1, y: 9, text: '<script>', size: 7 },
      ],
    });
    expect(svg).toContain('role="img" aria-label="A &lt;b&gt; &amp; &quot;c&quot;"');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).not.toContain('<script>');
  });
});
