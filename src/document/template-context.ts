import type { Rubric } from '../rubric/rubric.generated.js';
import { type PageSetup, pageDimensions, type WorksheetKind } from './model.js';

const KIND_TITLES: Record<WorksheetKind, string> = {
  'self-assessment': 'Self-Assessment Worksheet',
  'action-plan': 'Action Plan',
  'large-chart': 'Large Chart',
};

/**
 * Everything a template can refer to: the rubric as written, the personalised values (district, school,
 * team, date, facilitator, respondent, role, and any other --set key), the page setup, and values derived
 * for layout (column widths, chart footers).
 */
export function templateContext(
  rubric: Rubric,
  kind: WorksheetKind,
  values: Record<string, string>,
  page: PageSetup,
) {
  const settings = rubric.worksheets[kind] ?? {};
  const levels = rubric.scale.levels.length;
  const planKeys =
    rubric.worksheets['action-plan']?.columns ?? (rubric.planningColumns ?? []).map((c) => c.key);
  const columns = planKeys.map((key) => rubric.planningColumns!.find((c) => c.key === key)!);
  const chart = rubric.worksheets['large-chart'];
  const footerPattern = chart?.footer ?? '{section}: {number} of {count}';
  const perChart = chart?.itemsPerChart ?? 1;
  const charts = rubric.sections.flatMap((section) => {
    const groups = [];
    for (let i = 0; i < section.items.length; i += perChart) {
      const items = section.items.slice(i, i + perChart);
      const numbers = items.map((item) => item.number).join('–');
      const footer = footerPattern
        .replace(/\{section\}/g, section.title)
        .replace(/\{number\}/g, numbers)
        .replace(/\{count\}/g, String(section.items.length))
        .replace(/\{item\}/g, items[0]!.id);
      groups.push({ section, items, footer });
    }
    return groups;
  });
  const margins = page.margins;
  const textHeight = pageDimensions(page).height - margins.top - margins.bottom;
  return {
    rubric,
    kind,
    kindTitle: (settings as { title?: string }).title ?? KIND_TITLES[kind],
    values,
    page: { ...page, margins: `${margins.top} ${margins.right} ${margins.bottom} ${margins.left}` },
    hasPriority: rubric.sections.some((s) => s.items.some((i) => i.priority)),
    priorityLegend: rubric.worksheets['self-assessment']?.priorityLegend ?? '** Priority item',
    ratingColumns: ['3', '34', ...Array(levels).fill(String(Math.round(35 / levels))), '26'].join(' '),
    ratingColumnsWithoutEvidence: ['3', '60', ...Array(levels).fill(String(Math.round(35 / levels)))].join(
      ' ',
    ),
    columns,
    planColumns: ['34', ...columns.map((c) => (c.kind === 'date' ? '11' : '19'))].join(' '),
    charts,
    editionLine: chart?.editionLine ?? `${rubric.title}: ${rubric.edition.label}`,
    chartColumns: Array(levels).fill('1').join(' '),
    chartGap: Math.round(page.fontSize * 0.8),
    chartRowHeight: Math.round(textHeight * 0.45),
  };
}
