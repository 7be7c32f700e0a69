import type { EditionComparison } from '../../crosswalk/compare-editions.js';
import type { Report } from '../../score/report.js';
import { formatChange, formatMean } from '../report-format.js';
import { reportLabels } from '../report-labels.js';
import { comparisonChartSvg } from './comparison-chart-svg.js';
import { el, htmlList, htmlSection, htmlTable } from './html-parts.js';

/** The ratings against an earlier edition: per ingredient, per aligned item, and items without a match. */
export function comparisonHtml(report: Report, comparison: EditionComparison): string {
  const { old, new: current } = comparison;
  const { Section, section } = reportLabels(report);
  const warning = comparison.scalesComparable
    ? ''
    : '<p class="warning">The two editions use different scales: the means are not directly comparable.</p>';
  const ingredients = htmlTable(
    [
      { head: Section },
      { head: 'Items compared', className: 'num' },
      { head: 'Mean before', className: 'num' },
      { head: 'Mean now', className: 'num' },
      { head: 'Change', className: 'num' },
    ],
    comparison.ingredients.map((i) => [
      i.title,
      String(i.compared),
      formatMean(i.oldMean),
      formatMean(i.newMean),
      formatChange(i.change),
    ]),
    'comparison',
  );
  const items = htmlTable(
    [
      { head: 'Earlier item' },
      { head: 'Item now' },
      { head: 'How it changed' },
      { head: 'Mean before', className: 'num' },
      { head: 'Mean now', className: 'num' },
      { head: 'Change', className: 'num' },
    ],
    comparison.items.map((i) => [
      i.old.join(', '),
      i.new.join(', '),
      i.kind,
      formatMean(i.oldMean),
      formatMean(i.newMean),
      formatChange(i.change),
    ]),
    'comparison-items',
  );
  const unaligned = [
    ...comparison.unaligned.old.map(
      (i) => `Only in ${old.rubric}: ${i.id} ${i.text} (${formatMean(i.mean)})`,
    ),
    ...comparison.unaligned.new.map(
      (i) => `Only in ${current.rubric}: ${i.id} ${i.text} (${formatMean(i.mean)})`,
    ),
  ];
  const body = [
    el(
      'p',
      `Ratings of ${old.rubric} (edition ${old.edition}) against ${current.rubric} (edition ${current.edition}).`,
    ),
    warning,
    el('h3', `Per ${section}`),
    chart(report, comparison),
    ingredients,
    '<h3>Per item</h3>',
    items,
    unaligned.length > 0 ? `<h3>Items without a counterpart</h3>\n${htmlList(unaligned)}` : '',
  ];
  return htmlSection('comparison', 'Comparison with the earlier edition', body.join('\n'));
}

function chart(report: Report, comparison: EditionComparison): string {
  const svg = comparison.scalesComparable ? comparisonChartSvg(report, comparison) : null;
  if (!svg) return '';
  return `<figure class="chart-figure">${svg}<figcaption>Hollow dot: the mean before; filled dot: the mean now.</figcaption></figure>`;
}
