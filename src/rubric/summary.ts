import type { Rubric } from './rubric.generated.js';

/** The items of a rubric in printed order, each with its section. */
export function allItems(rubric: Rubric) {
  return rubric.sections.flatMap((section) => section.items.map((item) => ({ section, item })));
}

/** Counts shown by `list`. */
export function rubricSummary(rubric: Rubric) {
  const items = allItems(rubric);
  return {
    id: rubric.id,
    title: rubric.title,
    edition: rubric.edition.label,
    editionDate: rubric.edition.date ?? null,
    sections: rubric.sections.length,
    items: items.length,
    priorityItems: items.filter(({ item }) => item.priority).length,
    worksheets: Object.keys(rubric.worksheets),
  };
}
