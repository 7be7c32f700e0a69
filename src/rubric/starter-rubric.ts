import type { Level } from './rubric.generated.js';

/** What a new rubric starts with: `rubricate new` fills it from its options. */
export interface StarterOptions {
  id: string;
  title: string;
  /** Section titles, in order. */
  sections: readonly string[];
  itemsPerSection: number;
  levels: readonly Level[];
  /** What one section is called, when not "ingredient". */
  noun?: string;
  /** The rubric schema's address as seen from the new file (see schemaAddress). */
  schema: string;
  /** Today, YYYY-MM-DD, for the edition date. */
  date: string;
}

/**
 * A valid rubric to start from, as commented YAML: every field the worksheets use, with a comment saying
 * what it is for, placeholder items to replace, and the modeline that lets an editor complete and check it.
 */
export function starterRubric(options: StarterOptions): string {
  const noun = options.noun ?? 'ingredient';
  const ids = sectionIds(options.sections);
  return [
    `# yaml-language-server: $schema=${options.schema}`,
    `# A rubric for rubricate. Replace the placeholder items with your own, then:`,
    '#   rubricate validate THIS-FILE        check it (every problem with its line)',
    '#   rubricate render THIS-FILE -o worksheet.pdf   (or .docx, .html, .md)',
    '# docs/authoring.md walks through every field.',
    '',
    `# Stable identifier: lower-case letters, digits and hyphens. Worksheets and responses carry it.`,
    `id: ${q(options.id)}`,
    `title: ${q(options.title)}`,
    `# subtitle: A line printed under the title`,
    'edition:',
    `  label: ${q(options.date.slice(0, 4))}  # how the edition is printed, e.g. "2025" or "4/10/25"`,
    `  date: ${q(options.date)}  # YYYY, YYYY-MM or YYYY-MM-DD`,
    '# Where the text comes from: who publishes it, its title, and what (if anything) you changed.',
    'source:',
    '  publisher: Your organisation',
    `  title: ${q(options.title)}`,
    '  # edition: 2025 edition',
    '  # url: https://example.org/the-published-document',
    '  # note: Item wording is exactly as published.',
    '# Paragraphs printed before the items; **bold** and *italic* are honoured.',
    'instructions:',
    `  - ${q('Each member rates the items on their own first; then the team compares ratings and talks through the items where members disagree.')}`,
    '# The rating scale, best level first. value: null marks a level that is not scored (such as "Don\'t know").',
    'scale:',
    '  levels:',
    ...options.levels.flatMap((level) => levelLines(level)),
    '# Heading of the evidence column beside each item.',
    `evidencePrompt: ${q('How do you know?')}`,
    ...(options.noun
      ? labelLines(noun)
      : ['# labels: { section: domain }  # what a section is called (default: ingredient)']),
    `# The ${noun}s, in printed order. Item ids are <${noun}-id>.<n>; keep an id when you renumber an item.`,
    'sections:',
    ...options.sections.flatMap((title, s) => sectionLines(ids[s]!, title, options.itemsPerSection)),
    '# The worksheets this rubric offers: self-assessment (ratings and evidence), large-chart (one wall',
    '# chart per item), action-plan (needs planningColumns, see docs/authoring.md).',
    'worksheets:',
    '  self-assessment: {}',
    '  large-chart: {}',
    '',
  ].join('\n');
}

function levelLines(level: Level): string[] {
  const head = `    - { key: ${level.key}, label: ${q(level.label)}, value: ${level.value === null ? 'null' : level.value} }`;
  if (!level.description) return [head];
  return [
    `    - key: ${level.key}`,
    `      label: ${q(level.label)}`,
    `      value: ${level.value === null ? 'null' : level.value}`,
    `      description: ${q(level.description)}`,
  ];
}

function labelLines(noun: string): string[] {
  return [
    '# What a section is called on worksheets and in reports (plural: add sections: …).',
    `labels: { section: ${q(noun)} }`,
  ];
}

function sectionLines(id: string, title: string, items: number): string[] {
  const lines = [`  - id: ${id}`, `    title: ${q(title)}`, '    items:'];
  for (let n = 1; n <= items; n++)
    lines.push(
      `      - id: ${id}.${n}`,
      `        number: ${n}`,
      `        text: ${q(`Item ${n} of ${title}: replace this with the item's wording.`)}`,
    );
  return lines;
}

/** Slugs of section titles, unique, falling back to section-N for a title with no usable letters. */
export function sectionIds(titles: readonly string[]): string[] {
  const taken = new Set<string>();
  return titles.map((title, s) => {
    const base = slug(title) || `section-${s + 1}`;
    let id = base;
    for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
    taken.add(id);
    return id;
  });
}

/** Lower-case ASCII letters, digits and hyphens, as the schema's ids need; empty when nothing is left. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * A YAML double-quoted scalar on one line, safe for any text: JSON's escapes are YAML's, and the
 * characters YAML does not allow raw (DEL, C1 controls, line and paragraph separators) are escaped too.
 */
function q(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
