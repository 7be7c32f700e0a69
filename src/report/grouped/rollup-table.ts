import type { GroupedReport } from '../../score/report.js';
import { formatMean, formatShare } from '../format-figures.js';
import { reportLabels } from '../report-labels.js';

/**
 * The roll-up as plain rows shared by the text, Markdown, HTML and document writers, so that every
 * format shows the same figures: one row per group (respondents, completion, overall mean, then each
 * ingredient's mean), the ingredients weakest across groups, and the items most often answered Don't know.
 */
export interface RollupRows {
  head: string[];
  groups: string[][];
  weakest: string[][];
  weakestHead: string[];
  /** "Ingredients weakest across groups", in the rubric's own word for its sections. */
  weakestTitle: string;
  gaps: string[][];
  gapsHead: string[];
}

export function rollupRows(grouped: GroupedReport, ingredientHead: (title: string) => string): RollupRows {
  const first = grouped.groups[0]!.report;
  const noun = { district: 'District', school: 'School', team: 'Team' }[grouped.groupBy];
  const labels = reportLabels(first);
  return {
    head: [noun, 'Respondents', 'Rated', 'Overall', ...first.ingredients.map((i) => ingredientHead(i.title))],
    groups: grouped.rollup.groups.map((g) => [
      g.label,
      String(g.respondents),
      formatShare(g.completion),
      formatMean(g.mean),
      ...g.ingredients.map((i) => formatMean(i.mean)),
    ]),
    weakestTitle: `${labels.Sections} weakest across groups`,
    weakestHead: [labels.Section, 'Mean of the groups', `Lowest in (of ${grouped.groups.length})`],
    weakest: grouped.rollup.ingredients.map((i) => [i.title, formatMean(i.mean), String(i.lowestIn)]),
    gapsHead: ['Item', 'Text', "Don't know", 'Groups'],
    gaps: grouped.rollup.dataGaps.map((g) => [g.id, g.text, String(g.notScored), String(g.groups)]),
  };
}

/** The grouped report's title. */
export function groupedTitle(grouped: GroupedReport): string {
  return `Scoring report: ${grouped.rubric.title}, by ${grouped.groupBy}`;
}

/** One sentence: rubric, edition and how many groups. */
export function groupedSubtitle(grouped: GroupedReport): string {
  const n = grouped.groups.length;
  return `Rubric ${grouped.rubric.id}, edition ${grouped.rubric.edition}; ${n} ${n === 1 ? grouped.groupBy : pluralOf(grouped.groupBy)}, each scored on its own, then side by side.`;
}

function pluralOf(noun: string): string {
  return noun === 'school' ? 'schools' : noun === 'team' ? 'teams' : 'districts';
}
