import type { Item, PlanningColumn, Rubric, Section } from '../rubric/rubric.generated.js';
import { type SectionLabels, sectionLabels } from '../rubric/section-labels.js';
import { type PageSetup, pageDimensions, type WorksheetKind } from './model.js';

const KIND_TITLES: Record<WorksheetKind, string> = {
  'self-assessment': 'Self-Assessment Worksheet',
  'action-plan': 'Action Plan',
  'large-chart': 'Large Chart',
};

/** One large-chart page: a section and the items on it, with its footer text. */
export interface ChartPage {
  section: Section;
  items: Item[];
  /** The footer, e.g. "Strategic Partnerships: 7 of 8". */
  footer: string;
}

/**
 * Everything a template can refer to (docs/templates.md lists each key; a test keeps the two in step). In
 * strict mode any other name is an error; `values.<key>` is always defined (blank when not set).
 */
export interface TemplateContext {
  /** The rubric as written in its YAML: `rubric.title`, `rubric.sections`, `rubric.scale.levels`, … */
  rubric: Rubric;
  /** `--set` / `--data` / batch CSV values by key; a key not given is blank, never "undefined". */
  values: Record<string, string>;
  /** What the rubric calls its sections: `labels.section`, `labels.sections`, `labels.Section`, `labels.Sections`. */
  labels: SectionLabels;
  /** The worksheet kind: self-assessment, action-plan or large-chart. */
  kind: WorksheetKind;
  /** The kind's title: the rubric's worksheets.<kind>.title, else "Self-Assessment Worksheet", … */
  kindTitle: string;
  /** `page.size`, `page.landscape`, `page.fontSize`, `page.margins` ("top right bottom left" in points). */
  page: Omit<PageSetup, 'margins'> & { margins: string };
  /** True when any item is a priority item (starred). */
  hasPriority: boolean;
  /** The legend printed for priority items, e.g. "** Priority item". */
  priorityLegend: string;
  /** Widths for the rating table: #, item, one per scale level, evidence, e.g. "3 34 7 7 7 7 7 26". */
  ratingColumns: string;
  /** The same without the evidence column, the item column taking its room: "3 60 7 7 7 7 7". */
  ratingColumnsWithoutEvidence: string;
  /** The action plan's planning columns in order, each with `key`, `label`, `kind`. */
  columns: PlanningColumn[];
  /** Widths for the action-plan table: item, then one per planning column. */
  planColumns: string;
  /** Large charts: one entry per chart page. */
  charts: ChartPage[];
  /** The edition line printed on large charts. */
  editionLine: string;
  /** Widths for a large chart's table: one equal column per scale level. */
  chartColumns: string;
  /** The gap between a chart's parts, in points. */
  chartGap: number;
  /** The height of a chart's dot row, in points. */
  chartRowHeight: number;
}

/**
 * Everything a template can refer to: the rubric as written, the personalised values (district, school,
 * team, date, facilitator, respondent, role, and any other --set key), what the rubric calls its sections
 * (`labels.section`, `labels.Sections` …), the page setup, and values derived for layout (column widths,
 * chart footers).
 */
export function templateContext(
  rubric: Rubric,
  kind: WorksheetKind,
  values: Record<string, string>,
  page: PageSetup,
): TemplateContext {
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
    values: blankWhenMissing(values),
    labels: sectionLabels(rubric),
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

/**
 * The values as strict mode sees them: every key exists, a key not given being blank, so that a template
 * may print {{values.facilitator}} whether or not it was set (a misspelt key cannot be told from an unset one).
 */
function blankWhenMissing(values: Record<string, string>): Record<string, string> {
  return new Proxy(values, {
    has: (target, key) => typeof key === 'string' || key in target,
    get: (target, key) =>
      typeof key !== 'string' ? undefined : Object.hasOwn(target, key) ? target[key] : '',
    getOwnPropertyDescriptor: (target, key) =>
      Object.getOwnPropertyDescriptor(target, key) ??
      (typeof key === 'string'
        ? { value: '', writable: false, enumerable: false, configurable: true }
        : undefined),
  });
}
