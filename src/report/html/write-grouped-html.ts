import type { GroupedReport } from '../../score/report.js';
import { escapeHtml } from '../../writers/html/escape-html.js';
import { groupedSubtitle, groupedTitle, rollupRows } from '../grouped/rollup-table.js';
import { htmlSection, htmlTable } from './html-parts.js';
import { rollupChartSvg } from './rollup-chart-svg.js';
import { htmlPage, reportBodyHtml, reportHeadHtml } from './write-report-html.js';

/**
 * The HTML report by group, one page: the roll-up (a chart of each group's overall mean, the figures side
 * by side, the weakest ingredients and the data gaps), then each group's report with its ids prefixed so
 * that the links of every group's contents stay its own.
 */
export function writeGroupedHtml(grouped: GroupedReport): string {
  const rows = rollupRows(grouped, (t) => t);
  const num = (head: string[], from: number) =>
    head.map((h, k) => ({ head: h, ...(k >= from ? { className: 'num' } : {}) }));
  const rollup = htmlSection(
    'rollup',
    'Roll-up',
    `<figure class="chart-figure">${rollupChartSvg(grouped)}<figcaption>Overall mean per ${escapeHtml(grouped.groupBy)}.</figcaption></figure>
${htmlTable(num(rows.head, 1), rows.groups, 'rollup')}
<h3>${escapeHtml(rows.weakestTitle)}</h3>
${htmlTable(num(rows.weakestHead, 1), rows.weakest, 'rollup-ingredients')}
<h3>Items most often answered Don't know (data gaps)</h3>
${rows.gaps.length === 0 ? '<p>None.</p>' : htmlTable(num(rows.gapsHead, 2), rows.gaps, 'data-gaps')}`,
  );
  const toc = [{ id: 'rollup', title: 'Roll-up' }];
  const groups = grouped.groups.map(({ label, report }, k) => {
    const prefix = `g${k + 1}-`;
    const id = `g${k + 1}`;
    toc.push({ id, title: label });
    const { body } = reportBodyHtml(report);
    const own = body
      .replace(/ id="/g, ` id="${prefix}`)
      .replace(/ href="#/g, ` href="#${prefix}`)
      .replace(/ aria-labelledby="/g, ` aria-labelledby="${prefix}`);
    return `<section class="group" id="${id}" aria-label="${escapeHtml(label)}">\n${reportHeadHtml(report, 2)}\n${own}\n</section>`;
  });
  const head = `<header class="report-head">
<h1>${escapeHtml(groupedTitle(grouped))}</h1>
<p>${escapeHtml(groupedSubtitle(grouped))}</p>
</header>`;
  return htmlPage(grouped, groupedTitle(grouped), head, toc, [rollup, ...groups].join('\n'));
}
