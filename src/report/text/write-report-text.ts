import type { IngredientScore, ItemRef, Report } from '../../score/report.js';
import { formatMean, formatShare, plural, scaleLine, scalePosition } from '../format-figures.js';
import type { ReportWriteOptions } from '../index.js';
import { contextLine } from '../report-format.js';
import { adviceSection, baselineSection, comparisonSection } from './text-advice.js';
import { actionPlanSection } from './text-plan.js';
import { bar, clip, type Paint, paintFor, styleFor } from './text-style.js';
import { type Cell, textTable } from './text-table.js';
import { teamSection } from './text-team.js';

const BAR = 16;

/**
 * The terminal report: overall and per-ingredient means with bars, distribution and completion; strongest
 * and weakest items; starred items; each respondent; the team view; the action plan and reflections;
 * recommendations; and the comparison with an earlier edition. Colour only when options.color.
 */
export async function writeReportText(report: Report, options: ReportWriteOptions = {}): Promise<string> {
  const paint = paintFor(options.color ?? false);
  const sections = [
    header(report, paint),
    ingredientsSection(report, paint),
    extremesSection(report, paint),
    prioritySection(report, paint),
    respondentsSection(report, paint),
    teamSection(report, paint),
    actionPlanSection(report, paint),
    adviceSection(report, paint),
    comparisonSection(report, paint),
    baselineSection(report, paint),
  ].filter((lines) => lines.length > 0);
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

function header(report: Report, paint: Paint): string[] {
  const { rubric, overall } = report;
  const answered = overall.scored + overall.notScored;
  const raters = report.respondents.filter((r) => r.rater).length;
  const planners = report.respondents.length - raters;
  const where = contextLine(report.context);
  return [
    paint.heading(`${clip(rubric.title, 100)}`),
    paint.dim(
      `${clip(rubric.id, 60)}, edition ${clip(rubric.edition, 40)} · ${plural(raters, 'respondent')}${planners > 0 ? ` · ${plural(planners, 'action plan')} without ratings` : ''}`,
    ),
    ...(where ? [clip(where, 300)] : []),
    paint.dim(`Scale: ${clip(scaleLine(report), 200)}`),
    '',
    `${paint.heading('Overall')}  ${meanBar(report, overall.mean, paint)}  ${formatMean(overall.mean)}   ` +
      `${formatShare(overall.completion)} rated (${answered} of ${answered + overall.unanswered}), ` +
      `${overall.notScored} not scored`,
  ];
}

function meanBar(report: Report, mean: number | null, paint: Paint): string {
  const position = scalePosition(report, mean);
  return mean === null ? paint.dim('░'.repeat(BAR)) : styleFor(paint, position)(bar(position, BAR));
}

function ingredientsSection(report: Report, paint: Paint): string[] {
  const levels = report.scale.levels;
  const rows = report.ingredients.map((ingredient): Cell[] => {
    const position = scalePosition(report, ingredient.mean);
    return [
      clip(ingredient.title, 34),
      String(ingredient.items),
      formatMean(ingredient.mean),
      {
        text: ingredient.mean === null ? '░'.repeat(BAR) : bar(position, BAR),
        style: styleFor(paint, position),
      },
      formatShare(ingredient.completion),
      ...ingredient.distribution.map((d) => String(d.count)),
    ];
  });
  return [
    paint.heading('Ingredients'),
    ...textTable(
      [
        { header: 'Ingredient' },
        { header: 'Items', align: 'right' },
        { header: 'Mean', align: 'right' },
        { header: `${report.scale.min}–${report.scale.max}` },
        { header: 'Rated', align: 'right' },
        ...levels.map((l) => ({ header: clip(l.label, 16), align: 'right' as const })),
      ],
      rows,
      '  ',
      paint.dim,
    ),
  ];
}

function extremesSection(report: Report, paint: Paint): string[] {
  const lines = [paint.heading('Strongest and weakest items')];
  for (const ingredient of report.ingredients) {
    if (ingredient.strongest.length === 0 && ingredient.weakest.length === 0) continue;
    lines.push(`  ${clip(ingredient.title, 60)}`);
    lines.push(...itemLines('strongest', ingredient.strongest, paint.good));
    lines.push(...itemLines('weakest', ingredient.weakest, paint.poor));
  }
  return lines.length > 1 ? lines : [];
}

function itemLines(label: string, items: readonly ItemRef[], style: (t: string) => string): string[] {
  return items.map(
    (item, k) =>
      `    ${(k === 0 ? label : '').padEnd(9)}  ${style(formatMean(item.mean))}  ${item.number}. ${clip(item.text, 76)}`,
  );
}

function prioritySection(report: Report, paint: Paint): string[] {
  const { priority } = report;
  if (!priority) return [];
  return [
    `${paint.heading('Starred (priority) items')}  mean ${formatMean(priority.mean)} over ${plural(priority.items.length, 'item')}`,
    ...priority.items.map(
      (item) => `    ${formatMean(item.mean)}  ${clip(item.id, 32).padEnd(30)}  ${clip(item.text, 60)}`,
    ),
  ];
}

function respondentsSection(report: Report, paint: Paint): string[] {
  if (report.respondents.length === 0) return [];
  const ingredients: IngredientScore[] = report.ingredients;
  const rows = report.respondents.map((r): Cell[] => [
    clip(r.name, 28),
    clip(r.role ?? '', 28),
    formatMean(r.overall.mean),
    r.rater ? formatShare(r.overall.completion) : 'plan only',
    ...r.ingredients.map((i) => formatMean(i.mean)),
  ]);
  return [
    paint.heading('Respondents'),
    ...textTable(
      [
        { header: 'Name' },
        { header: 'Role' },
        { header: 'Mean', align: 'right' },
        { header: 'Rated', align: 'right' },
        ...ingredients.map((i) => ({ header: initials(i.title), align: 'right' as const })),
      ],
      rows,
      '  ',
      paint.dim,
    ),
    paint.dim(`  ${ingredients.map((i) => `${initials(i.title)} = ${clip(i.title, 40)}`).join(' · ')}`),
  ];
}

/** Short column heading for an ingredient: the initials of its words (Adequate & Equitable Resources → AER). */
export function initials(title: string): string {
  const letters = title
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return letters.slice(0, 5) || '?';
}
