import type { PriorityScore, Report } from '../../score/report.js';
import { formatMean, ingredientTitle } from '../report-format.js';
import { htmlSection, htmlTable } from './html-parts.js';

/** The starred (priority) items on their own, with their mean over all respondents. */
export function priorityHtml(report: Report, priority: PriorityScore): string {
  const rows = priority.items.map((ref) => {
    const item = report.items.find((i) => i.id === ref.id);
    return [
      `${item ? ingredientTitle(report, item.ingredient) : ''} ${ref.number}`,
      ref.text,
      formatMean(ref.mean),
    ];
  });
  const table = htmlTable(
    [{ head: 'Item' }, { head: 'Text' }, { head: 'Mean', className: 'num' }],
    rows,
    'priority',
  );
  return htmlSection(
    'starred',
    'Starred items',
    `<p>The rubric stars these items as priorities. Their mean: <strong>${formatMean(priority.mean)}</strong>.</p>\n${table}`,
  );
}
