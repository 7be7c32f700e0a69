import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';

/** A fillable field as the test finds it in a rendered document (never from rubricate's own model). */
export type FormField =
  | { name: string; kind: 'text'; multiline: boolean }
  | { name: string; kind: 'rating'; options: string[] };

/** One rating to set: the level's key, its index in the scale, and whether to write the index instead. */
export interface RatingFill {
  level: string;
  index: number;
  asIndex: boolean;
}

/** The answers the expected responses must hold, built from the fill alone. */
export interface ExpectedAnswers {
  respondent: Record<string, string | null>;
  context: Record<string, string | null>;
  items: Record<string, Record<string, string | null>>;
  reflections: Record<string, string | null>;
}

export interface FillPlan {
  /** Text to type per field name; fields left empty are absent. */
  text: Record<string, string>;
  /** Rating per group name (`<item>.rating`); unrated groups are absent. */
  ratings: Record<string, RatingFill>;
  expected: ExpectedAnswers;
}

/** Accents, Vietnamese, typographic quotes, markup characters and symbols; null = left empty. */
const TEXTS: (string | null)[] = [
  'Café minutes — “approved” (naïve façade)',
  'Nguyễn Thị Hương: họp ngày 15/3, đã duyệt',
  'Ampersand & <angle> "double" \'single\'',
  null,
  'Plan: 50% → 80% ☑ Ñandú',
];
const LINES = 'First line: Zoë & Ñandú\nSecond line — Nguyễn Văn Ánh\nThird';
/** Typed dates and what extract makes of them. */
const DATES: [string | null, string | null][] = [
  ['3/15/2026', '2026-03-15'],
  ['2026-04-01', '2026-04-01'],
  [null, null],
  ['March 5, 2026', '2026-03-05'],
];

/** The scale's level keys in order, read straight from the rubric YAML. */
export function scaleKeys(rubricFile: string): string[] {
  const rubric = parse(readFileSync(join(ROOT, 'rubrics', rubricFile), 'utf8'));
  return rubric.scale.levels.map((level: { key: string }) => level.key);
}

/**
 * Decides a value for every field, deterministically by position: ratings cycle through the scale (every
 * sixth group left unrated; with `indices`, every fourth written as the option's index "0".."4"), text
 * fields, counted apart, cycle through TEXTS (multi-line fields get line breaks), dates through DATES. `levels` is the scale in
 * order, which is what an index refers to; `shift` moves every rating that many levels on (another
 * respondent).
 */
export function planFill(
  fields: FormField[],
  levels: string[],
  options: { indices?: boolean; multiline?: boolean; shift?: number } = {},
): FillPlan {
  const plan: FillPlan = {
    text: {},
    ratings: {},
    expected: { respondent: {}, context: {}, items: {}, reflections: {} },
  };
  let [r, t] = [0, 0];
  for (const field of fields) {
    if (field.kind === 'rating') {
      const i = r++;
      const index = (i + (options.shift ?? 0)) % levels.length;
      const rated = i % 6 !== 5;
      if (rated)
        plan.ratings[field.name] = {
          level: levels[index]!,
          index,
          asIndex: (options.indices ?? false) && i % 4 === 1,
        };
      place(plan.expected, field.name, rated ? levels[index]! : null);
      continue;
    }
    const i = t++;
    const isDate = field.name === 'context.date' || field.name.endsWith('.target-date');
    let [typed, expected] = isDate ? DATES[i % DATES.length]! : [TEXTS[i % TEXTS.length]!, null];
    if (!isDate) {
      if (typed !== null && field.multiline && (options.multiline ?? true) && i % 3 === 0) typed = LINES;
      expected = typed;
    }
    if (typed !== null) plan.text[field.name] = typed;
    place(plan.expected, field.name, expected);
  }
  return plan;
}

/** Where an answer lands in the responses: respondent.*, context.*, reflection.*, or <item-id>.<key>. */
function place(expected: ExpectedAnswers, name: string, value: string | null): void {
  const dot = name.lastIndexOf('.');
  const [head, key] = [name.slice(0, dot), name.slice(dot + 1)];
  if (head === 'respondent') expected.respondent[key] = value;
  else if (head === 'context') expected.context[key] = value;
  else if (head === 'reflection') expected.reflections[key] = value;
  else expected.items[head] = { ...expected.items[head], [key]: value };
}

/** The answers of an extracted responses file, shaped like ExpectedAnswers for a deep comparison. */
export function answersOf(responses: {
  respondent?: Record<string, string | null>;
  context?: Record<string, string | null>;
  items: Record<string, Record<string, string | null>>;
  reflections?: Record<string, string | null>;
}): ExpectedAnswers {
  return {
    respondent: responses.respondent ?? {},
    context: responses.context ?? {},
    items: responses.items,
    reflections: responses.reflections ?? {},
  };
}
