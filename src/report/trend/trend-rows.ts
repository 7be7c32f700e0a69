import type { Trend } from '../../score/trend.js';
import { formatChange, formatMean } from '../format-figures.js';
import { reportLabels } from '../report-labels.js';

/**
 * The trend as rows shared by the text, Markdown and HTML writers: one row per ingredient (and one for
 * all), each round's mean followed by its change from the round before.
 */
export function trendRows(trend: Trend): { head: string[]; rows: string[][] } {
  const head = [
    reportLabels(trend).Section,
    ...trend.rounds.flatMap((r, k) => (k === 0 ? [r.label] : [r.label, 'Change'])),
  ];
  const row = (title: string, s: { means: (number | null)[]; changes: (number | null)[] }) => [
    title,
    ...s.means.flatMap((m, k) => (k === 0 ? [formatMean(m)] : [formatMean(m), formatChange(s.changes[k]!)])),
  ];
  return {
    head,
    rows: [...trend.ingredients.map((i) => row(i.title, i)), row('All aligned items', trend.overall)],
  };
}

/** One line per round: its label, edition, respondents, context and how many of its items are aligned. */
export function roundLines(trend: Trend, show: (text: string) => string = (t) => t): string[] {
  return trend.rounds.map((r) => {
    const where = [
      r.context.districts.join('; '),
      r.context.dates
        ? r.context.dates.first === r.context.dates.last
          ? r.context.dates.first
          : `${r.context.dates.first} to ${r.context.dates.last}`
        : '',
    ]
      .filter(Boolean)
      .join(', ');
    return `${show(r.label)}: ${show(r.rubric)} edition ${show(r.edition)}, ${r.respondents} ${r.respondents === 1 ? 'respondent' : 'respondents'}${where ? `, ${show(where)}` : ''}; ${r.aligned} of ${r.items} items aligned`;
  });
}

export function trendTitle(trend: Trend): string {
  return `Trend: ${trend.rubric.title}, ${trend.rounds.length} rounds`;
}

/** How the means are pooled, in the last edition's word for its sections. */
export function trendNote(trend: Trend): string {
  return `Each mean pools the scored answers to the round’s items whose counterpart (through the crosswalks) lies in the ${reportLabels(trend).section} of the last edition; items without a counterpart are left out.`;
}
