import type { Rubric } from '../rubric/rubric.generated.js';
import type { ActionPlanView, ItemScore, PlanEntry } from './report.js';
import { answerText, type Respondent } from './respondent.js';
import { readDate } from './respondent-context.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The action plan gathered from every respondent: one entry per item row with any planning column filled,
 * grouped by owner (the rubric's `people` column), the entries without an owner or a target date (its
 * `date` column), target dates that are not dates, and entries overdue on `asOf` (YYYY-MM-DD); plus every
 * reflection answer. Null when nobody planned or reflected.
 */
export function actionPlanView(
  rubric: Rubric,
  items: readonly Pick<ItemScore, 'id' | 'number' | 'ingredient'>[],
  respondents: readonly Respondent[],
  asOf: string,
): ActionPlanView | null {
  const columns = rubric.planningColumns ?? [];
  const ownerColumn = columns.find((c) => c.kind === 'people')?.key;
  const dateColumn = columns.find((c) => c.kind === 'date')?.key;
  const columnKeys = columns.map((c) => c.key);
  const entries =
    columnKeys.length === 0
      ? []
      : items.flatMap((item) =>
          respondents.flatMap((respondent, index): PlanEntry[] => {
            const raw = Object.hasOwn(respondent.responses.items, item.id)
              ? respondent.responses.items[item.id]
              : null;
            const plan = columnKeys.flatMap((column) => {
              const text = answerText(raw?.[column]);
              return text === null ? [] : [{ column, text }];
            });
            if (plan.length === 0) return [];
            return [
              {
                item: item.id,
                number: item.number,
                ingredient: item.ingredient,
                respondent: index,
                owner: plan.find((p) => p.column === ownerColumn)?.text ?? null,
                targetDate: plan.find((p) => p.column === dateColumn)?.text ?? null,
                columns: plan,
              },
            ];
          }),
        );
  const reflections = (rubric.reflectionPrompts ?? []).map((prompt) => ({
    id: prompt.id,
    number: prompt.number,
    text: prompt.text,
    answers: respondents.flatMap((r, respondent) => {
      const text = answerText(r.responses.reflections?.[prompt.id]);
      return text === null ? [] : [{ respondent, text }];
    }),
  }));
  if (entries.length === 0 && reflections.every((r) => r.answers.length === 0)) return null;
  const indices = (test: (e: PlanEntry, i: number) => boolean) =>
    entries.flatMap((e, i) => (test(e, i) ? [i] : []));
  const due = entries.map((e) => (e.targetDate === null ? null : readDate(e.targetDate)));
  const overdue = indices((_, i) => isDate(due[i]!) && due[i]! < asOf).sort((a, b) =>
    due[a]! < due[b]! ? -1 : due[a]! > due[b]! ? 1 : a - b,
  );
  return {
    entries,
    byOwner: groupByOwner(entries),
    missingOwner: ownerColumn ? indices((e) => e.owner === null) : [],
    missingDate: dateColumn ? indices((e) => e.targetDate === null) : [],
    unreadableDate: indices((e, i) => e.targetDate !== null && !isDate(due[i]!)),
    overdue,
    reflections,
  };
}

/** Owners as first written, compared without case or extra spaces, in code-point order. */
function groupByOwner(entries: readonly PlanEntry[]): ActionPlanView['byOwner'] {
  const groups = new Map<string, { owner: string; entries: number[] }>();
  entries.forEach((entry, index) => {
    if (entry.owner === null) return;
    const key = entry.owner.toLowerCase().replace(/\s+/g, ' ');
    const group = groups.get(key) ?? { owner: entry.owner.replace(/\s+/g, ' '), entries: [] };
    group.entries.push(index);
    groups.set(key, group);
  });
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isDate(text: string | null): boolean {
  const match = text === null ? null : DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
