import type { DiscussItem, Report, TeamView } from '../../score/report.js';
import { escapeHtml } from '../../writers/html/escape-html.js';
import { formatMean, formatPercent, ingredientTitle, levelLabel, respondentName } from '../report-format.js';
import { reportLabels } from '../report-labels.js';
import { htmlSection, htmlTable } from './html-parts.js';
import { spreadPlotSvg } from './spread-plot-svg.js';

/** The team view: items to talk through, most divergent first, and the agreement per ingredient. */
export function teamHtml(report: Report, team: TeamView): string {
  const { Section, section } = reportLabels(report);
  const discuss =
    team.toDiscuss.length === 0
      ? '<p>No item has ratings two or more levels apart: the team agrees within one level everywhere.</p>'
      : `<p>Items whose ratings lie two or more levels apart, most divergent first. Each member rated alone; talk these through together.</p>
<ol class="to-discuss">${team.toDiscuss.map((item) => discussItem(report, item)).join('\n')}</ol>`;
  const agreement = htmlTable(
    [
      { head: Section },
      { head: 'Items compared', className: 'num' },
      { head: 'Within one level', className: 'num' },
    ],
    team.agreement.map((a) => [a.title, String(a.compared), formatPercent(a.agreement)]),
    'agreement',
  );
  return htmlSection(
    'team',
    `Team view (${team.respondents} respondents)`,
    `<h3 id="to-discuss">To discuss</h3>\n${discuss}\n<h3>Agreement per ${escapeHtml(section)}</h3>\n${agreement}`,
  );
}

function discussItem(report: Report, ref: DiscussItem): string {
  const item = report.items.find((i) => i.id === ref.id);
  const ingredient = item ? ingredientTitle(report, item.ingredient) : '';
  const ratings = (item?.answers ?? [])
    .filter((a) => a.rating !== null)
    .map(
      (a) =>
        `<li>${escapeHtml(respondentName(report, a.respondent))}: ${escapeHtml(levelLabel(report, a.rating))}</li>`,
    )
    .join('');
  const plot = item ? (spreadPlotSvg(report, item) ?? '') : '';
  return `<li><div class="discuss"><div><p><span class="item-ref">${escapeHtml(ingredient)} ${ref.number}</span> ${escapeHtml(ref.text)}</p>
<p class="muted">Spread ${ref.spread} levels · median ${formatMean(ref.median)} · mean ${formatMean(ref.mean)}</p><ul class="ratings">${ratings}</ul></div>${plot}</div></li>`;
}
