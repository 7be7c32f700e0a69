import type { Block } from '../document/model.js';
import type { Report, Tally } from '../score/report.js';
import { type CellContent, heading, paragraph, type TableColumn, table } from './report-blocks.js';
import { distributionFigure, meansFigure } from './report-figures.js';
import { formatMean, formatPercent, scaleRange } from './report-format.js';

/** Overall figures, the table of means and answers per level per ingredient, and who answered. */
export function summaryBlocks(report: Report): Block[] {
  const { overall } = report;
  const blocks: Block[] = [
    heading(2, 'Summary'),
    paragraph([
      { text: 'Overall mean ' },
      { text: formatMean(overall.mean), bold: true },
      {
        text: ` on a scale of ${scaleRange(report)}; completion ${formatPercent(overall.completion)}; ${overall.scored} scored answers, ${overall.notScored} not scored, ${overall.unanswered} unanswered.`,
      },
    ]),
    meansFigure(report),
    distributionTable(report),
    distributionFigure(report),
    heading(3, 'Respondents'),
    table(
      [
        { head: 'Respondent', width: 3 },
        { head: 'Role', width: 3 },
        { head: 'Mean', width: 1, align: 'right' },
        { head: 'Completion', width: 1.3, align: 'right' },
      ],
      report.respondents.map((r) => [
        r.name,
        r.role ?? '',
        formatMean(r.overall.mean),
        r.rater ? formatPercent(r.overall.completion) : 'plan only',
      ]),
    ),
  ];
  const raters = report.respondents.filter((r) => r.rater).length;
  if (raters >= 2 && report.respondents.length <= 6)
    blocks.push(heading(3, 'Mean per ingredient and respondent'), respondentMeans(report));
  return blocks;
}

/** Means and the count of answers on each level, one row per ingredient and one for all. */
function distributionTable(report: Report): Block {
  const columns: TableColumn[] = [
    { head: 'Ingredient', width: 2.8 },
    { head: 'Mean', width: 1, align: 'right' },
    { head: 'Done', width: 1, align: 'right' },
    ...report.scale.levels.map((l): TableColumn => ({ head: l.label, width: 1.3, align: 'right' })),
    { head: 'Not rated', width: 1, align: 'right' },
  ];
  const row = (title: CellContent, tally: Tally): CellContent[] => [
    title,
    formatMean(tally.mean),
    formatPercent(tally.completion),
    ...tally.distribution.map((d) => String(d.count)),
    String(tally.unanswered),
  ];
  const rows = report.ingredients.map((i) => row(i.title, i));
  rows.push(row([{ text: 'All ingredients', bold: true }], report.overall));
  return table(columns, rows);
}

function respondentMeans(report: Report): Block {
  const columns: TableColumn[] = [
    { head: 'Ingredient', width: 3 },
    ...report.respondents.map((r): TableColumn => ({ head: r.name, width: 1.4, align: 'right' })),
    { head: 'All', width: 1, align: 'right' },
  ];
  const rows = report.ingredients.map((ingredient) => [
    ingredient.title,
    ...report.respondents.map((r) =>
      formatMean(r.ingredients.find((x) => x.id === ingredient.id)?.mean ?? null),
    ),
    formatMean(ingredient.mean),
  ]);
  return table(columns, rows);
}

/** Per ingredient: its figures and its strongest and weakest items. */
export function ingredientBlocks(report: Report): Block[] {
  const blocks: Block[] = [heading(2, 'Ingredients')];
  for (const ingredient of report.ingredients) {
    const agreement = report.team?.agreement.find((a) => a.id === ingredient.id);
    blocks.push(
      heading(3, ingredient.title),
      paragraph([
        { text: 'Mean ' },
        { text: formatMean(ingredient.mean), bold: true },
        {
          text: ` · completion ${formatPercent(ingredient.completion)} · ${ingredient.items} items${agreement ? ` · agreement ${formatPercent(agreement.agreement)}` : ''}`,
        },
      ]),
    );
    const extremes = [
      ...ingredient.strongest.map((ref, i) => ({ ref, kind: i === 0 ? 'Strongest' : '' })),
      ...ingredient.weakest.map((ref, i) => ({ ref, kind: i === 0 ? 'Weakest' : '' })),
    ];
    if (extremes.length > 0)
      blocks.push(
        table(
          [
            { head: '', width: 1.4 },
            { head: '#', width: 0.5, align: 'right' },
            { head: 'Item', width: 7 },
            { head: 'Mean', width: 0.9, align: 'right' },
          ],
          extremes.map(({ ref, kind }) => [
            [{ text: kind, bold: true }],
            String(ref.number),
            ref.text,
            formatMean(ref.mean),
          ]),
        ),
      );
  }
  return blocks;
}
