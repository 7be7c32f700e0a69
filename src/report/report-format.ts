import type { PlanEntry, RecommendationSource, Report, ReportContext, ScaleLevel } from '../score/report.js';

/**
 * Formatting shared by the HTML and document reports, so that both print the same figures: means with two
 * decimals, shares as whole percentages, levels by their labels, respondents by name.
 */
export function formatMean(mean: number | null): string {
  return mean === null ? '—' : mean.toFixed(2);
}

/** A share in [0, 1] as a whole percentage; "—" when there is none. */
export function formatPercent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** A signed change between two means, e.g. "+0.25"; "—" when either side is missing. */
export function formatChange(change: number | null): string {
  if (change === null) return '—';
  const text = Math.abs(change).toFixed(2);
  return change > 0 ? `+${text}` : change < 0 ? `−${text}` : text;
}

/** The scale's levels that carry a value, lowest first. */
export function scoredLevels(report: Report): ScaleLevel[] {
  return report.scale.levels
    .filter((l) => l.value !== null)
    .sort((a, b) => (a.value as number) - (b.value as number));
}

/** The printed label of a level key (the key itself when the scale does not know it). */
export function levelLabel(report: Report, key: string | null): string {
  if (key === null) return 'Not rated';
  return report.scale.levels.find((l) => l.key === key)?.label ?? key;
}

/** A respondent's name by index, with the role when there is one. */
export function respondentName(report: Report, index: number, withRole = false): string {
  const r = report.respondents[index];
  if (!r) return `respondent ${index + 1}`;
  return withRole && r.role ? `${r.name} (${r.role})` : r.name;
}

/** "item 3" style reference to an item of an ingredient, e.g. "Capacity Building 3". */
export function ingredientTitle(report: Report, id: string): string {
  return report.ingredients.find((i) => i.id === id)?.title ?? id;
}

/** The scale as words, e.g. "1 (Urgent gap) to 4 (Strength)". */
export function scaleRange(report: Report): string {
  const levels = scoredLevels(report);
  const low = levels[0];
  const high = levels[levels.length - 1];
  if (!low || !high) return '';
  return `${low.value} (${low.label}) to ${high.value} (${high.label})`;
}

/** The report's title line. */
export function reportTitle(report: Report): string {
  return `Scoring report: ${report.rubric.title}`;
}

/** One sentence saying what was scored: rubric, edition, respondents, and the as-of day when relevant. */
export function reportSubtitle(report: Report): string {
  const n = report.respondents.filter((r) => r.rater).length;
  const first = report.respondents.findIndex((r) => r.rater);
  const who = n === 1 ? respondentName(report, first, true) : `${n} respondents`;
  const asOf = report.asOf ? `; action plan as of ${report.asOf}` : '';
  return `Rubric ${report.rubric.id}, edition ${report.rubric.edition}; ${who}${asOf}.`;
}

/**
 * An action-plan entry's columns other than its owner and target date, one line each; after the first,
 * each line is prefixed by its column's name (e.g. "Resources: Legal counsel").
 */
export function planLines(entry: PlanEntry): string[] {
  return entry.columns
    .filter((c) => c.text !== entry.owner && c.text !== entry.targetDate)
    .map((c, i) => (i === 0 ? c.text : `${columnName(c.column)}: ${c.text}`));
}

function columnName(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Who the report is about, in one line for every format: `District: Riverside USD · Team: District
 * Attendance Team · 2025-09-22 to 2025-10-06`; several names are joined with "; ". Empty when the
 * responses name none.
 */
export function contextLine(context: ReportContext): string {
  const parts: string[] = [];
  const named = (one: string, many: string, values: string[]) => {
    if (values.length > 0) parts.push(`${values.length === 1 ? one : many}: ${values.join('; ')}`);
  };
  named('District', 'Districts', context.districts);
  named('School', 'Schools', context.schools);
  named('Team', 'Teams', context.teams);
  if (context.dates)
    parts.push(
      context.dates.first === context.dates.last
        ? `Date: ${context.dates.first}`
        : `Dates: ${context.dates.first} to ${context.dates.last}`,
    );
  return parts.join(' · ');
}

/** Said with every set of recommendations. */
export const MAPPING_NOTE =
  "Which ingredient leads to which actions is rubricate's own mapping; the actions, tools and advocacy steps are quoted from the publications named below, and the tools named are part of the Education First toolkit.";

/**
 * A publication as cited under recommendations: `Education First, “Title” (date), www.…`. The address is
 * shown without its scheme: a reader can type it, and no report format turns it into a link to follow.
 */
export function sourceLine(source: RecommendationSource): string {
  const where = source.url ? `, ${source.url.replace(/^https?:\/\//, '')}` : '';
  return `${source.publisher}, “${source.title}”, ${source.date}${where}`;
}

/** A baseline round in words: `4 respondents; Districts: …` */
export function roundLine(respondents: number, context: ReportContext): string {
  const where = contextLine(context);
  return `${respondents} ${respondents === 1 ? 'respondent' : 'respondents'}${where ? `; ${where}` : ''}`;
}
