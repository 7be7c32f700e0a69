import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeReportHtml } from '../../src/report/html/write-report-html.js';
import type { Report } from '../../src/score/report.js';
import {
  actionPlanReport,
  comparisonReport,
  madeUpRespondents,
  reportFor,
  shippedRubric,
  starredReport,
  teamReport,
} from './example-reports.js';

/** The sequence of tag names, without attributes or text: what escaping must never change. */
function tagNames(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[0]);
}

function count(html: string, pattern: RegExp): number {
  return [...html.matchAll(pattern)].length;
}

describe('the HTML report of the 2025 team of four', () => {
  let report: Report;
  let html: string;
  beforeAll(async () => {
    report = await teamReport();
    html = writeReportHtml(report);
  });

  it('shows each ingredient mean, counted by hand for Capacity Building', () => {
    // Capacity Building: 3 × Strength (4), 14 × OK for now (3), 12 × Could be better (2), 2 × Urgent gap (1);
    // the one Don't know is not scored: (12 + 42 + 24 + 2) / 31 = 2.58.
    const capacity = report.ingredients.find((i) => i.id === 'capacity-building')!;
    expect(capacity.distribution.map((d) => d.count)).toEqual([3, 14, 12, 2, 1]);
    expect(html).toMatch(/<dt>Mean<\/dt><dd class="mean">2\.58<\/dd>/);
    for (const ingredient of report.ingredients) {
      const card = html.slice(html.indexOf(`id="ingredient-${ingredient.id}"`));
      expect(card).toContain(`<dd class="mean">${ingredient.mean!.toFixed(2)}</dd>`);
      expect(card).toContain(`aria-label="${ingredient.title.replace(/&/g, '&amp;')}: mean`);
    }
  });

  it('lists the items to discuss, most divergent first, with who rated what', () => {
    const section = html.slice(html.indexOf('id="to-discuss"'), html.indexOf('Agreement per ingredient'));
    const positions = report.team!.toDiscuss.map((item) =>
      section.indexOf(item.text.replace(/’/g, '’').replace(/&/g, '&amp;')),
    );
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(report.team!.toDiscuss[0]!.id).toBe('shared-accountability.6');
    expect(section).toContain('Aisha Rahman: Urgent gap');
    expect(section).toContain('José Peñasco: Strength');
  });

  it('draws a chart per ingredient with a mean bar and a segment per level answered', () => {
    expect(count(html, /<svg class="chart ingredient-chart"/g)).toBe(report.ingredients.length);
    // One mean bar per ingredient in its card and one in the overview.
    expect(count(html, /class="bar bar-mean"/g)).toBe(2 * report.ingredients.length);
    const segments = report.ingredients.reduce(
      (sum, i) => sum + i.distribution.filter((d) => d.count > 0).length + (i.unanswered > 0 ? 1 : 0),
      0,
    );
    expect(count(html, /class="bar bar-segment/g)).toBe(segments);
    // Shared Accountability has one item Tom Becker left unrated: a hollow segment.
    expect(count(html, /class="bar bar-segment unanswered"/g)).toBe(1);
  });

  it("plots the team's spread for every item with a scored rating", () => {
    const plotted = report.items.filter((i) => i.answers.some((a) => a.value !== null));
    // Once per item, and again beside each item to discuss.
    const discussed = report.team!.toDiscuss.length;
    expect(count(html, /<svg class="chart spread-plot"/g)).toBe(plotted.length + discussed);
    expect(count(html, /class="spread-median"/g)).toBe(
      plotted.filter((i) => i.median !== null).length + discussed,
    );
    const toDiscuss = html.slice(html.indexOf('id="to-discuss"'), html.indexOf('Agreement per ingredient'));
    expect(count(toDiscuss, /<svg class="chart spread-plot"/g)).toBe(discussed);
    // Shared Accountability 6 was rated 1, 4, 2 and 2: its range runs from the first tick to the last.
    const plot = html.slice(html.indexOf('aria-label="Item 6: median 2.00, spread 3 levels'));
    expect(plot).toMatch(
      /^aria-label="Item 6: median 2\.00, spread 3 levels; Aisha Rahman 1, José Peñasco 4/,
    );
    expect(plot).toMatch(/<line class="spread-range" x1="10" y1="14" x2="190"/);
  });

  it('is self-contained: no URL, no external resource, no script, a CSP that forbids the network', () => {
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object/i);
    expect([...html.matchAll(/href="([^"]*)"/g)].every((m) => m[1]!.startsWith('#'))).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline';`);
  });

  it('has one h1 and never skips a heading level on the way down', () => {
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level, `heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
  });

  it('gives the same text for the same report', async () => {
    expect(writeReportHtml(await teamReport())).toBe(html);
    expect(writeReportHtml(JSON.parse(JSON.stringify(report)))).toBe(html);
  });
});

describe('the HTML report of one filled action plan', () => {
  it('has the action plan tables and reflections, no team view and no spread plots', async () => {
    const report = await actionPlanReport();
    const html = writeReportHtml(report);
    const plan = report.actionPlan!;
    expect(html).not.toContain('id="team"');
    expect(html).not.toContain('<svg class="chart spread-plot"');
    expect(html).toContain(`<h3>Missing an owner (${plan.missingOwner.length})</h3>`);
    expect(html).toContain(`<h3>Missing a target date (${plan.missingDate.length})</h3>`);
    expect(html).toContain(`<h3>Overdue as of 2026-03-01 (${plan.overdue.length})</h3>`);
    for (const group of plan.byOwner)
      expect(html).toContain(`<h4>${group.owner.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}</h4>`);
    expect(html).toContain('Daily attendance data is reliable, and the cabinet team is committed.');
    // Each recommendation's ingredient gets a heading with its mean.
    for (const r of report.recommendations) expect(html).toContain(`(mean ${r.mean!.toFixed(2)})</h3>`);
  });
});

describe('optional sections', () => {
  it('lists the starred items with their mean when the rubric stars some', async () => {
    const report = await starredReport();
    const html = writeReportHtml(report);
    expect(report.priority!.items.length).toBeGreaterThan(0);
    const section = html.slice(html.indexOf('id="starred"'), html.indexOf('id="team"'));
    expect(section).toContain(`<strong>${report.priority!.mean!.toFixed(2)}</strong>`);
    for (const item of report.priority!.items)
      expect(section).toContain(`>${item.text.replace(/&/g, '&amp;')}<`);
    expect(count(html, /class="star"/g)).toBe(report.priority!.items.length);
  });

  it('compares with the earlier edition when the report has a comparison', async () => {
    const report = await comparisonReport();
    const html = writeReportHtml(report);
    expect(html).toContain('<h2 id="comparison-title">Comparison with the earlier edition</h2>');
    expect(html).toContain(
      'Ratings of 2021-planning (edition 2021) against 2025-large-chart (edition 4/10/25).',
    );
    expect(count(html, /<table class="comparison-items">/g)).toBe(1);
    const rows = html.slice(html.indexOf('class="comparison-items"')).split('</table>')[0]!;
    expect(count(rows, /<tr>/g) - 1).toBe(report.comparison!.items.length);
    // A before/now pair of dots per ingredient compared on both sides.
    const both = report.comparison!.ingredients.filter((i) => i.oldMean !== null && i.newMean !== null);
    expect(both.length).toBeGreaterThan(0);
    expect(count(html, /<circle class="before-dot"/g)).toBe(both.length);
    expect(count(html, /<circle class="now-dot"/g)).toBe(both.length);
    const unlike = writeReportHtml({
      ...report,
      comparison: { ...report.comparison!, scalesComparable: false },
    });
    expect(unlike).not.toContain('<svg class="chart comparison-chart"');
    expect(unlike).toContain('The two editions use different scales');
  });
});

describe('escaping', () => {
  const evil = `</td><script>alert("x")</script> & 'q' <svg onload=1>`;

  it('shows names, roles, evidence and answers with <script>, quotes and ampersands as text', async () => {
    const rubric = await shippedRubric('2021-planning');
    const respondents = madeUpRespondents(rubric, [evil, `${evil} 2`], evil);
    const items = respondents[0]!.responses.items as Record<string, Record<string, unknown>>;
    items['capacity-building.1'] = {
      ...items['capacity-building.1'],
      responsible: evil,
      'target-date': evil,
    };
    respondents[0]!.responses.reflections = { 'greatest-strengths': evil };
    const html = writeReportHtml(await reportFor(respondents));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<svg onload');
    expect(html).toContain(
      '&lt;/td&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; &lt;svg onload=1&gt;',
    );
  });

  it('never lets text change the markup (property)', async () => {
    const rubric = await shippedRubric('2025-large-chart');
    const build = async (text: string) => {
      const respondents = madeUpRespondents(rubric, [`A${text}`, `B${text}`], `E${text}`);
      const report = await reportFor(respondents);
      report.rubric.title = `T${text}`;
      report.ingredients[0]!.title = `I${text}`;
      return writeReportHtml(report);
    };
    const plain = tagNames(await build('x'));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({
            unit: fc.constantFrom('<', '>', '&', '"', "'", '/', '=', ' ', 'a', 's'),
            minLength: 1,
          }),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
        ),
        async (text) => {
          expect(tagNames(await build(text))).toEqual(plain);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('any answers', () => {
  it('draw inside their charts, and never print NaN, Infinity or undefined (property)', async () => {
    const rubric = await shippedRubric('2025-large-chart');
    const levels = [...rubric.scale.levels.map((l) => l.key), null];
    const itemCount = rubric.sections.reduce((n, s) => n + s.items.length, 0);
    const answers = fc.array(
      fc.array(fc.constantFrom(...levels), { minLength: itemCount, maxLength: itemCount }),
      {
        minLength: 1,
        maxLength: 5,
      },
    );
    await fc.assert(
      fc.asyncProperty(answers, async (ratings) => {
        const respondents = madeUpRespondents(
          rubric,
          ratings.map((_, r) => `R${r}`),
        );
        respondents.forEach((respondent, r) => {
          const items = respondent.responses.items as Record<string, { rating: string | null }>;
          Object.keys(items).forEach((id, i) => {
            const rating = ratings[r]![i]!;
            if (rating === null) delete items[id];
            else items[id]!.rating = rating;
          });
        });
        const html = writeReportHtml(await reportFor(respondents));
        expect(html).not.toMatch(/NaN|Infinity|undefined/);
        for (const svg of html.match(/<svg [^>]*>[\s\S]*?<\/svg>/g) ?? []) {
          const [, width, height] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!.map(Number);
          for (const [, name, value] of svg.matchAll(
            /\s(x|x1|x2|cx|width|y|y1|y2|cy|height)="(-?[\d.]+)"/g,
          )) {
            const limit = /x|width/.test(name!) ? width! : height!;
            expect(Number(value), `${name} in ${svg.slice(0, 60)}`).toBeGreaterThanOrEqual(0);
            expect(Number(value), `${name} in ${svg.slice(0, 60)}`).toBeLessThanOrEqual(limit);
          }
        }
      }),
      { numRuns: 25 },
    );
  });
});
