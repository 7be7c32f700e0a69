import { UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import type { LoadedResponses } from '../responses/load-responses.js';
import { contextOf, nameKey } from './respondent-context.js';

/** What inputs may be grouped by: one section of the report per district, school or team. */
export type GroupBy = 'district' | 'school' | 'team';
export const GROUP_BY: readonly GroupBy[] = ['district', 'school', 'team'];

/**
 * Refuses to pool inputs from different districts, or different schools when they name one, into one
 * report: the error names two of them (and a file of each) and suggests --group-by or --allow-mixed.
 * An input that names no district (or school) is pooled with the others.
 */
export function checkNotMixed(inputs: readonly LoadedResponses[]): void {
  const contexts = inputs.map((input) => contextOf(input.responses));
  for (const field of ['district', 'school'] as const) {
    const first = new Map<string, LoadedResponses>();
    for (const [k, input] of inputs.entries()) {
      const value = contexts[k]![field];
      if (value === null) continue;
      const key = nameKey(value);
      if (!first.has(key)) first.set(key, input);
      if (first.size < 2) continue;
      const [a, b] = [...first.values()] as [LoadedResponses, LoadedResponses];
      const show = (i: LoadedResponses) =>
        `"${sanitizeForDisplay(contextOf(i.responses)[field]!, 80)}" (${sanitizeForDisplay(i.file, 160)})`;
      throw new UserError(
        `the inputs come from different ${field === 'district' ? 'districts' : 'schools'}, ${show(a)} and ${show(b)}; pass --group-by ${field} for one section per ${field} with a roll-up, or --allow-mixed to pool them on purpose`,
      );
    }
  }
}

/** The group an input belongs to: its district, its district and school, or those and its team. */
export function groupKey(input: LoadedResponses, by: GroupBy): { key: string; label: string } {
  const c = contextOf(input.responses);
  const parts =
    by === 'district'
      ? [c.district]
      : by === 'school'
        ? [c.district, c.school]
        : [c.district, c.school, c.team];
  const missing = { district: '(no district)', school: '(no school)', team: '(no team)' };
  const fields = ['district', 'school', 'team'] as const;
  const shown = parts.map((p, i) => p ?? missing[fields[i]!]);
  // The label leaves out parts the inputs do not give (a team view of one district is still "Team A").
  const label =
    by === 'district'
      ? shown[0]!
      : parts
          .map((p, i) => (i === parts.length - 1 ? shown[i]! : p))
          .filter((p): p is string => p !== null)
          .join(' · ');
  return { key: parts.map((p) => nameKey(p ?? '')).join('\u0000'), label };
}
