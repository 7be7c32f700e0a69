import type { EditionComparison } from '../crosswalk/compare-editions.js';
import type { Block } from '../document/model.js';
import type { RoundComparison } from '../score/compare-rounds.js';
import type { Report } from '../score/report.js';
import { heading, list, paragraph, table } from './report-blocks.js';
import { roundsFigure } from './report-figures.js';
import { formatChange, formatMean, MAPPING_NOTE, roundLine, sourceLine } from './report-format.js';

/** For the weakest ingredients: the toolkit's actions and tools, and advocacy steps. */
export function recommendationBlocks(report: Report): Block[] {
  const blocks: Block[] = [heading(2, 'Recommendations')];
  if (report.recommendations.length === 0)
    return [...blocks, paragraph('No recommendations for these scores.')];
  blocks.push(
    paragraph(
      'For the weakest ingredients, the matching actions from the district toolkit and advocacy steps.',
    ),
  );
  for (const r of report.recommendations) {
    blocks.push(heading(3, `${r.title} (mean ${formatMean(r.mean)})`));
    if (r.caveat) blocks.push(paragraph([{ text: r.caveat, bold: true }]));
    if (r.actions.length > 0)
      blocks.push(
        table(
          [
            { head: 'Strategy', width: 1.6 },
            { head: 'Action', width: 5 },
            { head: 'Tools', width: 3.4 },
          ],
          r.actions.map((a) => [a.strategyTitle, a.action, a.tools.join('\n') || '—']),
        ),
      );
    for (const step of r.advocacy)
      blocks.push(paragraph([{ text: step.title, bold: true }]), paragraph(step.text));
  }
  const sources = [...new Set(report.recommendations.flatMap((r) => r.sources).map(sourceLine))];
  blocks.push(paragraph(MAPPING_NOTE, 0.9), list(sources.map((s) => `Source: ${s}`)));
  return blocks;
}

/** The ratings against an earlier round of the same edition. */
export function baselineBlocks(report: Report, b: RoundComparison): Block[] {
  const byId = new Map(b.items.map((i) => [i.id, i]));
  const figures = [
    { head: 'Before', width: 1, align: 'right' as const },
    { head: 'Now', width: 1, align: 'right' as const },
    { head: 'Change', width: 1, align: 'right' as const },
  ];
  const row = (i: { before: number | null; now: number | null; change: number | null }) => [
    formatMean(i.before),
    formatMean(i.now),
    formatChange(i.change),
  ];
  const blocks: Block[] = [
    heading(2, 'Compared with the earlier round'),
    paragraph(
      `The same edition rated before: ${roundLine(b.before.respondents, b.before.context)}. Now: ${b.now.respondents} respondents.`,
    ),
    roundsFigure(report, b),
    table(
      [{ head: 'Ingredient', width: 4 }, ...figures],
      [...b.ingredients.map((i) => [i.title, ...row(i)]), ['All ingredients', ...row(b.overall)]],
    ),
    heading(3, 'Items that moved two levels or more'),
  ];
  if (b.moved.length === 0) blocks.push(paragraph('No item moved two levels or more.'));
  else
    blocks.push(
      table(
        [{ head: 'Item', width: 1.6 }, { head: 'Text', width: 5 }, ...figures],
        b.moved.map((id) => {
          const i = byId.get(id)!;
          return [i.id, i.text, ...row(i)];
        }),
      ),
    );
  blocks.push(
    heading(3, 'Every item before and now'),
    table(
      [{ head: 'Item', width: 3 }, ...figures],
      b.items.map((i) => [i.id, ...row(i)]),
    ),
  );
  return blocks;
}

/** The ratings against an earlier edition. */
export function comparisonBlocks(comparison: EditionComparison): Block[] {
  const { old, new: current } = comparison;
  const blocks: Block[] = [
    heading(2, 'Comparison with the earlier edition'),
    paragraph(
      `Ratings of ${old.rubric} (edition ${old.edition}) against ${current.rubric} (edition ${current.edition}).`,
    ),
  ];
  if (!comparison.scalesComparable)
    blocks.push(
      paragraph([
        { text: 'The two editions use different scales: the means are not directly comparable.', bold: true },
      ]),
    );
  const figures = [
    { head: 'Mean before', width: 1.2, align: 'right' as const },
    { head: 'Mean now', width: 1.2, align: 'right' as const },
    { head: 'Change', width: 1, align: 'right' as const },
  ];
  blocks.push(
    heading(3, 'Per ingredient'),
    table(
      [{ head: 'Ingredient', width: 4 }, { head: 'Items compared', width: 1.2, align: 'right' }, ...figures],
      comparison.ingredients.map((i) => [
        i.title,
        String(i.compared),
        formatMean(i.oldMean),
        formatMean(i.newMean),
        formatChange(i.change),
      ]),
    ),
    heading(3, 'Per item'),
    table(
      [
        { head: 'Earlier item', width: 2.5 },
        { head: 'Item now', width: 2.5 },
        { head: 'How it changed', width: 1.4 },
        ...figures,
      ],
      comparison.items.map((i) => [
        i.old.join('\n'),
        i.new.join('\n'),
        i.kind,
        formatMean(i.oldMean),
        formatMean(i.newMean),
        formatChange(i.change),
      ]),
    ),
  );
  const unaligned = [
    ...comparison.unaligned.old.map(
      (i) => `Only in ${old.rubric}: ${i.id} ${i.text} (${formatMean(i.mean)})`,
    ),
    ...comparison.unaligned.new.map(
      (i) => `Only in ${current.rubric}: ${i.id} ${i.text} (${formatMean(i.mean)})`,
    ),
  ];
  if (unaligned.length > 0) blocks.push(heading(3, 'Items without a counterpart'), list(unaligned));
  return blocks;
}
