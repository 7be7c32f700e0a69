import type { IngredientScore, ItemRef, Report } from '../../score/report.js';
import { escapeHtml } from '../../writers/html/escape-html.js';
import { formatMean, formatPercent } from '../report-format.js';
import { reportLabels } from '../report-labels.js';
import { htmlSection } from './html-parts.js';
import { ingredientChartSvg } from './ingredient-chart-svg.js';
import { legendHtml } from './summary-html.js';

/** A card per ingredient: figures, the mean and answers chart, its strongest and weakest items. */
export function ingredientsHtml(report: Report): string {
  const cards = report.ingredients.map((ingredient) => card(report, ingredient)).join('\n');
  return htmlSection(
    'ingredients',
    reportLabels(report).Sections,
    `${legendHtml(report)}\n<div class="cards">\n${cards}\n</div>`,
  );
}

function card(report: Report, ingredient: IngredientScore): string {
  const agreement = report.team?.agreement.find((a) => a.id === ingredient.id);
  const figures = [
    `<div><dt>Mean</dt><dd class="mean">${formatMean(ingredient.mean)}</dd></div>`,
    `<div><dt>Completion</dt><dd>${formatPercent(ingredient.completion)}</dd></div>`,
    `<div><dt>Items</dt><dd>${ingredient.items}</dd></div>`,
    agreement ? `<div><dt>Agreement</dt><dd>${formatPercent(agreement.agreement)}</dd></div>` : '',
  ].join('');
  const lists = [itemList('Strongest', ingredient.strongest), itemList('Weakest', ingredient.weakest)].join(
    '',
  );
  return `<article class="card" id="ingredient-${escapeHtml(ingredient.id)}">
<h3>${escapeHtml(ingredient.title)}</h3>
<dl class="figures compact">${figures}</dl>
${ingredientChartSvg(report, ingredient.title, ingredient)}
${lists}
</article>`;
}

function itemList(title: string, items: ItemRef[]): string {
  if (items.length === 0) return '';
  const entries = items
    .map(
      (item) =>
        `<li><span class="item-number">${item.number}</span><span>${escapeHtml(item.text)}</span><span class="item-mean">${formatMean(item.mean)}</span></li>`,
    )
    .join('');
  return `<h4>${title}</h4><ul class="extremes">${entries}</ul>`;
}
