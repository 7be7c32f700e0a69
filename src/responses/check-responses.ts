import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import type { Rubric } from '../rubric/rubric.generated.js';
import { positionOf } from '../yaml/parse-yaml.js';
import type { LoadedResponses } from './load-responses.js';

type Path = (string | number)[];

/**
 * Checks schema-valid responses against the rubric they are scored with: same rubric and edition, every
 * item id, rating (exactly a level key: neither the number 4 nor the string "4"), planning column and
 * reflection id known. Each problem has its own code and the position of the offending key or value.
 */
export function checkResponses(loaded: LoadedResponses, rubric: Rubric): Diagnostic[] {
  const found: Diagnostic[] = [];
  const report = (path: Path, code: string, message: string, key = false) =>
    found.push({
      file: loaded.file,
      ...(loaded.parsed ? positionOf(loaded.parsed, path, key) : { line: 0, column: 0 }),
      severity: 'error',
      code,
      message,
      pointer: `/${path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`,
    });
  const { responses } = loaded;
  const theirs = () => `${show(responses.rubric)} edition ${show(responses.edition)}`;
  if (responses.rubric !== rubric.id) {
    report(
      ['rubric'],
      'responses/wrong-rubric',
      `these responses answer ${theirs()}, not ${rubric.id} edition ${rubric.edition.label}`,
    );
    return found;
  }
  if (responses.edition !== rubric.edition.label) {
    report(
      ['edition'],
      'responses/wrong-edition',
      `these responses answer ${theirs()}, not edition ${rubric.edition.label} of ${rubric.id}`,
    );
    return found;
  }
  const { items, levels, columns, prompts } = known(rubric);
  // Keys rather than entries: no pair array per item and answer (450,000 of them for 10,000 files).
  for (const id of Object.keys(responses.items)) {
    const answer = responses.items[id];
    if (!items.has(id)) {
      report(
        ['items', id],
        'responses/unknown-item',
        `unknown item ${show(id)}${lookAlike(id, items)}; ${rubric.id} has no such item`,
        true,
      );
      continue;
    }
    if (answer === null || typeof answer !== 'object') continue;
    for (const key of Object.keys(answer)) {
      const value = (answer as Record<string, unknown>)[key];
      if (key === 'rating') {
        if (value !== null && value !== undefined && !levels.includes(value as string))
          report(
            ['items', id, 'rating'],
            'responses/unknown-rating',
            `rating ${source(loaded, ['items', id, 'rating'], value)} of ${id} is not a level of the scale; use one of: ${levels.join(', ')} (or null)`,
          );
      } else if (key !== 'evidence' && !columns.includes(key)) {
        const choices =
          columns.length > 0
            ? `the planning columns are: ${columns.join(', ')}`
            : `${rubric.id} has no planning columns`;
        report(
          ['items', id, key],
          'responses/unknown-column',
          `unknown column ${show(key)}${lookAlike(key, new Set(columns))} in ${id}; ${choices}`,
          true,
        );
      }
    }
  }
  for (const id of Object.keys(responses.reflections ?? {})) {
    if (!prompts.has(id)) {
      const choices =
        prompts.size > 0
          ? `the reflection prompts are: ${[...prompts].join(', ')}`
          : `${rubric.id} has no reflection prompts`;
      report(
        ['reflections', id],
        'responses/unknown-reflection',
        `unknown reflection ${show(id)}${lookAlike(id, prompts)}; ${choices}`,
        true,
      );
    }
  }
  return found;
}

const cache = new WeakMap<Rubric, ReturnType<typeof collect>>();

/** The rubric's ids, levels, columns and prompts, collected once per rubric (checks run per input). */
function known(rubric: Rubric): ReturnType<typeof collect> {
  let found = cache.get(rubric);
  if (!found) {
    found = collect(rubric);
    cache.set(rubric, found);
  }
  return found;
}

function collect(rubric: Rubric) {
  return {
    items: new Set(rubric.sections.flatMap((s) => s.items.map((i) => i.id))),
    levels: rubric.scale.levels.map((l) => l.key),
    columns: (rubric.planningColumns ?? []).map((c) => c.key),
    prompts: new Set((rubric.reflectionPrompts ?? []).map((p) => p.id)),
  };
}

/** A user's text in quotes, with control, zero-width and bidi characters escaped. */
function show(text: unknown): string {
  return `"${sanitizeForDisplay(String(text), 60)}"`;
}

/** The value as written in the file (so 1e400 is not shown as Infinity, nor "4" as 4), with its type. */
function source(loaded: LoadedResponses, path: Path, value: unknown): string {
  const range = loaded.parsed?.locator.rangeOf(path);
  const written = range
    ? loaded.parsed!.text.slice(range[0], range[1]).trim()
    : (JSON.stringify(value) ?? String(value));
  const type =
    typeof value === 'string'
      ? 'a string'
      : typeof value === 'number'
        ? 'a number'
        : typeof value === 'boolean'
          ? 'a boolean'
          : Array.isArray(value)
            ? 'a list'
            : 'a mapping';
  return `${sanitizeForDisplay(written, 60)} (${type})`;
}

/** " (looks like x: it has non-ASCII or invisible characters)" when the text differs from a known id only by those. */
function lookAlike(text: string, known: ReadonlySet<string>): string {
  if (/^[\x20-\x7e]*$/.test(text)) return '';
  const ascii = text.normalize('NFKD').replace(/[^\x20-\x7e]/g, '');
  const confusable = text
    .replace(/[асеорх]/g, (c) => 'aceopx'['асеорх'.indexOf(c)]!)
    .replace(/[^\x20-\x7e]/g, '');
  const match = [ascii, confusable].find((candidate) => known.has(candidate));
  return match
    ? ` (it looks like ${match} but has non-ASCII or invisible characters)`
    : ' (it has non-ASCII or invisible characters)';
}
