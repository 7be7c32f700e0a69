import type { WorksheetKind } from '../document/model.js';
import type { Rubric } from '../rubric/rubric.generated.js';

const PEOPLE = ['context.district', 'context.school', 'context.team', 'context.date'];
const RESPONDENT = ['respondent.name', 'respondent.role'];

/**
 * The fields the documented scheme (docs/fields.md) gives a worksheet kind of a rubric, from the rubric
 * alone, never from a template: what a worksheet without a custom template carries. Extract compares a
 * worksheet's manifest with this list to report the fields a template added or dropped.
 */
export function rubricFields(rubric: Rubric, kind: WorksheetKind): string[] {
  if (kind === 'large-chart') return [];
  const items = rubric.sections.flatMap((section) => section.items.map((item) => item.id));
  if (kind === 'self-assessment')
    return [...PEOPLE, ...RESPONDENT, ...items.flatMap((id) => [`${id}.rating`, `${id}.evidence`])];
  const columns = planningKeys(rubric);
  return [
    ...PEOPLE,
    ...RESPONDENT,
    ...items.flatMap((id) => columns.map((key) => `${id}.${key}`)),
    ...(rubric.reflectionPrompts ?? []).map((prompt) => `reflection.${prompt.id}`),
  ];
}

/** The action plan's planning column keys, in the order the worksheet shows them. */
export function planningKeys(rubric: Rubric): string[] {
  return rubric.worksheets['action-plan']?.columns ?? (rubric.planningColumns ?? []).map((c) => c.key);
}
