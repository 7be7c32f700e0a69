import type { Report } from '../../score/report.js';
import { formatChange, formatMean, plural } from '../format-figures.js';
import { mappingNote, roundLine, sourceLine } from '../report-format.js';
import { reportLabels } from '../report-labels.js';
import { clip, type Paint, wrap } from './text-style.js';
import { textTable } from './text-table.js';

/** Recommended actions, tools and advocacy steps for the weakest ingredients. */
export function adviceSection(report: Report, paint: Paint): string[] {
  if (report.recommendations.length === 0) return [];
  const lines = [
    `${paint.heading('Recommendations')}  for the weakest ${clip(reportLabels(report).sections, 40)}`,
  ];
  for (const rec of report.recommendations) {
    lines.push('', `  ${paint.heading(clip(rec.title, 60))} (mean ${formatMean(rec.mean)})`);
    if (rec.caveat) lines.push(...wrap(rec.caveat, '    ! ', 100).map(bulletIndent).map(paint.poor));
    for (const action of rec.actions) {
      lines.push(
        ...wrap(`${clip(action.strategyTitle, 40)}: ${action.action}`, '    • ', 100).map(bulletIndent),
      );
      if (action.tools.length > 0)
        lines.push(paint.dim(`      tools: ${action.tools.map((t) => clip(t, 60)).join('; ')}`));
    }
    for (const step of rec.advocacy) {
      lines.push(...wrap(`Advocacy, ${clip(step.title, 40)}: ${step.text}`, '    • ', 100).map(bulletIndent));
    }
  }
  const sources = new Map(report.recommendations.flatMap((r) => r.sources).map((s) => [sourceLine(s), s]));
  lines.push('', ...wrap(mappingNote(reportLabels(report).section), '  ', 100).map(paint.dim));
  for (const line of sources.keys()) lines.push(...wrap(`Source: ${line}`, '  ', 100).map(paint.dim));
  return lines;
}

/** How ratings changed since the baseline round of the same edition, per ingredient; the items that moved. */
export function baselineSection(report: Report, paint: Paint): string[] {
  const b = report.baseline;
  if (!b) return [];
  const style = changeStyle(paint);
  const byId = new Map(b.items.map((i) => [i.id, i]));
  const lines = [
    `${paint.heading('Compared with the earlier round')}  same edition`,
    `  Before: ${clip(roundLine(b.before.respondents, b.before.context), 200)}`,
    `  Now: ${plural(b.now.respondents, 'respondent')}`,
    `  Overall ${formatMean(b.overall.before)} → ${formatMean(b.overall.now)}  ${style(b.overall.change)(formatChange(b.overall.change))}`,
    ...textTable(
      [
        { header: clip(reportLabels(report).Section, 40) },
        { header: 'Before', align: 'right' },
        { header: 'Now', align: 'right' },
        { header: 'Change', align: 'right' },
      ],
      b.ingredients.map((i) => [
        clip(i.title, 40),
        formatMean(i.before),
        formatMean(i.now),
        { text: formatChange(i.change), style: style(i.change) },
      ]),
      '  ',
      paint.dim,
    ),
  ];
  lines.push('', `  ${paint.heading('Items that moved two levels or more')} (${b.moved.length})`);
  for (const id of b.moved) {
    const i = byId.get(id)!;
    lines.push(
      `    ${style(i.change)(formatChange(i.change).padStart(6))}  ${formatMean(i.before)} → ${formatMean(i.now)}  ${clip(i.id, 40)}  ${clip(i.text, 60)}`,
    );
  }
  return lines;
}

/** The colour of a change in means: better, worse, or none (dim). */
function changeStyle(paint: Paint): (change: number | null) => (text: string) => string {
  return (change) => (change === null || change === 0 ? paint.dim : change > 0 ? paint.good : paint.poor);
}

/** Only the first wrapped line keeps the bullet. */
function bulletIndent(line: string, index: number): string {
  return index === 0 ? line : line.replace(/^ {4}• /, '      ');
}

/** How ratings changed from the old edition, per ingredient and per aligned entry; unaligned items listed. */
export function comparisonSection(report: Report, paint: Paint): string[] {
  const c = report.comparison;
  if (!c) return [];
  const style = changeStyle(paint);
  const lines = [
    `${paint.heading('Compared with the earlier edition')}  ${clip(c.old.rubric, 40)} ${clip(c.old.edition, 20)} → ${clip(c.new.rubric, 40)} ${clip(c.new.edition, 20)}`,
  ];
  if (!c.scalesComparable) lines.push(paint.poor('  The two scales differ: means are on different scales.'));
  lines.push(
    ...textTable(
      [
        { header: clip(reportLabels(report).Section, 40) },
        { header: 'Before', align: 'right' },
        { header: 'After', align: 'right' },
        { header: 'Change', align: 'right' },
        { header: 'Compared', align: 'right' },
      ],
      c.ingredients.map((i) => [
        clip(i.title, 40),
        formatMean(i.oldMean),
        formatMean(i.newMean),
        { text: formatChange(i.change), style: style(i.change) },
        String(i.compared),
      ]),
      '  ',
      paint.dim,
    ),
    '',
    `  ${paint.heading('Aligned items')}`,
    ...c.items.map(
      (i) =>
        `    ${style(i.change)(formatChange(i.change).padStart(6))}  ${formatMean(i.oldMean)} → ${formatMean(i.newMean)}  ${clip(i.old.join(' + '), 60)} → ${clip(i.new.join(' + '), 60)}  ${paint.dim(i.kind)}`,
    ),
  );
  for (const [side, items] of [
    ['Only in the old edition', c.unaligned.old],
    ['Only in the new edition', c.unaligned.new],
  ] as const) {
    if (items.length === 0) continue;
    lines.push('', `  ${paint.heading(side)} (${items.length})`);
    lines.push(...items.map((i) => `    ${formatMean(i.mean)}  ${clip(i.id, 40)}  ${clip(i.text, 60)}`));
  }
  return lines;
}
