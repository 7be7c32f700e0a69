import type { Answer, Report } from '../score/report.js';

/** A mean with two decimals, or an en dash when nothing was scored. */
export function formatMean(mean: number | null): string {
  return mean === null ? '–' : mean.toFixed(2);
}

/** A share in [0, 1] as a whole percentage, or an en dash. */
export function formatShare(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** A change between two means with its sign, or an en dash. */
export function formatChange(change: number | null): string {
  if (change === null) return '–';
  return `${change > 0 ? '+' : change < 0 ? '−' : '±'}${Math.abs(change).toFixed(2)}`;
}

/** `n thing` or `n things`. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** The scale in one line: `Strength 4, OK for now 3, …, Don't know (not scored)`. */
export function scaleLine(report: Report): string {
  return report.scale.levels
    .map((l) => (l.value === null ? `${l.label} (not scored)` : `${l.label} ${l.value}`))
    .join(', ');
}

/** The respondent's name, or `#n` when the index is out of range. */
export function respondentName(report: Report, index: number): string {
  return report.respondents[index]?.name ?? `#${index + 1}`;
}

/** Where a mean lies between the scale's lowest and highest value, in [0, 1]. */
export function scalePosition(report: Report, mean: number | null): number {
  const { min, max } = report.scale;
  if (mean === null || max <= min) return 0;
  return Math.min(1, Math.max(0, (mean - min) / (max - min)));
}

/** Up to this many answers are shown by name; more are shown as counts per level. */
export const MAX_NAMED_ANSWERS = 12;

/**
 * An item's answers in one line: `Aisha Rahman: 4 · José Peñasco: 1` for a small team (Don't know by its
 * label), else the count per level (`Strength 120 · OK for now 48 · …`), so that a large team's report
 * stays short. `show` escapes text for the output format.
 */
export function answersLine(
  report: Report,
  answers: readonly Answer[],
  show: (text: string, max: number) => string,
  separator = ' · ',
): string {
  const given = answers.filter((a) => a.rating !== null);
  const label = (key: string) => report.scale.levels.find((l) => l.key === key)?.label ?? key;
  if (given.length <= MAX_NAMED_ANSWERS)
    return given
      .map(
        (a) => `${show(respondentName(report, a.respondent), 40)}: ${a.value ?? show(label(a.rating!), 40)}`,
      )
      .join(separator);
  return report.scale.levels
    .map((l) => ({ l, count: given.filter((a) => a.rating === l.key).length }))
    .filter(({ count }) => count > 0)
    .map(({ l, count }) => `${show(l.label, 40)} ${count}`)
    .join(separator);
}
