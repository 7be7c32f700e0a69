import { spawnSync } from 'node:child_process';
import type { WorksheetKind } from '../../src/document/model.js';
import { loadRubric } from '../../src/rubric/load-rubric.js';
import type { Rubric } from '../../src/rubric/rubric.generated.js';

/** The shipped rubrics: file name and the year `rubricate render` accepts for it. */
export const SHIPPED = [
  { file: '2020-assessment', year: '2020' },
  { file: '2021-planning', year: '2021' },
  { file: '2025-large-chart', year: '2025' },
] as const;

export async function shippedRubric(file: string): Promise<Rubric> {
  const { loaded, diagnostics } = await loadRubric(`rubrics/${file}.yaml`);
  if (!loaded) throw new Error(`${file}: ${JSON.stringify(diagnostics)}`);
  return loaded.rubric;
}

/** The kinds a rubric's YAML names under `worksheets:`. */
export function kindsOf(rubric: Rubric): WorksheetKind[] {
  return Object.keys(rubric.worksheets) as WorksheetKind[];
}

/** Every item of the rubric, in order. */
export function itemsOf(rubric: Rubric) {
  return rubric.sections.flatMap((section) => section.items);
}

/** The context and respondent fields on the first page of the shipped self-assessment and action plan. */
const HEADER_FIELDS = [
  'context.district',
  'context.school',
  'context.team',
  'context.date',
  'respondent.name',
  'respondent.role',
];

/**
 * The field names a worksheet must carry, built from the rubric by the scheme in docs/fields.md (ids, not
 * printed numbers), and the radio groups with their options (the scale keys).
 */
export function expectedFields(
  rubric: Rubric,
  kind: WorksheetKind,
): { names: string[]; radios: Map<string, string[]> } {
  const radios = new Map<string, string[]>();
  if (kind === 'large-chart') return { names: [], radios };
  const names = [...HEADER_FIELDS];
  const scale = rubric.scale.levels.map((level) => level.key);
  for (const item of itemsOf(rubric)) {
    if (kind === 'self-assessment') {
      names.push(`${item.id}.rating`, `${item.id}.evidence`);
      radios.set(`${item.id}.rating`, scale);
    } else {
      for (const column of rubric.planningColumns ?? []) names.push(`${item.id}.${column.key}`);
    }
  }
  if (kind === 'action-plan')
    for (const prompt of rubric.reflectionPrompts ?? []) names.push(`reflection.${prompt.id}`);
  return { names: names.sort(), radios };
}

/** Text for comparison: without whitespace (line breaks, wrapping, table cells) or soft hyphens. */
export function squash(text: string): string {
  return text.replace(/[\s\u00ad]+/g, '');
}

/**
 * The rubric texts missing from extracted text, compared without whitespace and, where a line break
 * fell at a hyphen, without hyphens: pdftotext joins a line ending in "-" to the next and drops the
 * hyphen ("in-|person" comes out as "inperson"), and LibreOffice may hyphenate words itself.
 */
export function missingTexts(extracted: string, texts: readonly string[]): string[] {
  const kept = squash(extracted);
  const unhyphenated = kept.replace(/-/g, '');
  return texts.filter(
    (t) => !kept.includes(squash(t)) && !unhyphenated.includes(squash(t).replace(/-/g, '')),
  );
}

/**
 * pdftotext of a PDF file in content-stream order (-raw): both our PDF writer and LibreOffice draw a table
 * cell by cell, while pdftotext's default reading order merges the lines of neighbouring cells (the item
 * number's star, or a "Click or tap here to enter text." placeholder, inside the item's sentence).
 */
export function pdfText(file: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  const result = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (result.status !== 0) throw new Error(`pdftotext ${file}: ${result.stderr}`);
  return result.stdout;
}
