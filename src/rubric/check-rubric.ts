import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { type ParsedYaml, positionOf } from '../yaml/parse-yaml.js';

type Path = (string | number)[];
type Report = (path: Path, code: string, message: string) => void;
type Loose = Record<string, unknown>;

/** The parts of a rubric that have the shape the rules read; what the schema refuses is left out here. */
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Loose =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {};
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Checks a rubric for what a schema cannot say: unique ids, consecutive numbers, an ordered scale, no blank
 * text, and references that resolve. Each rule has its own code. It runs on whatever parts are well formed,
 * so `validate` shows these problems together with the schema's, not only once the schema is satisfied.
 */
export function checkRubric(value: unknown, parsed: ParsedYaml): Diagnostic[] {
  const rubric = record(value);
  const found: Diagnostic[] = [];
  const report: Report = (path, code, message) =>
    found.push({
      file: parsed.file,
      ...positionOf(parsed, path),
      severity: 'error',
      code,
      message,
      pointer: toPointer(path),
    });
  checkIds(rubric, report);
  checkNumbers(rubric, report);
  checkScale(rubric, report);
  checkBlankText(rubric, [], report);
  checkReferences(rubric, report);
  return found;
}

function toPointer(path: Path): string {
  return `/${path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

function checkIds(rubric: Loose, report: Report): void {
  const seen = new Map<string, string>();
  const claim = (value: unknown, path: Path) => {
    const id = text(value);
    if (id === undefined) return;
    const first = seen.get(id);
    if (first)
      report(
        [...path, 'id'],
        'rubric/duplicate-id',
        `id "${sanitizeForDisplay(id, 60)}" is already used at ${first}`,
      );
    else seen.set(id, toPointer(path));
  };
  list(rubric.sections).forEach((section, s) => {
    claim(record(section).id, ['sections', s]);
    for (const [i, item] of list(record(section).items).entries())
      claim(record(item).id, ['sections', s, 'items', i]);
  });
  for (const [r, prompt] of list(rubric.reflectionPrompts).entries())
    claim(record(prompt).id, ['reflectionPrompts', r]);
  const columns = new Set<string>();
  list(rubric.planningColumns).forEach((column, c) => {
    const key = text(record(column).key);
    if (key === undefined) return;
    if (columns.has(key))
      report(
        ['planningColumns', c, 'key'],
        'rubric/duplicate-column',
        `planning column key "${sanitizeForDisplay(key, 60)}" is used twice`,
      );
    columns.add(key);
  });
}

function checkNumbers(rubric: Loose, report: Report): void {
  list(rubric.sections).forEach((value, s) => {
    const section = record(value);
    list(section.items).forEach((entry, i) => {
      const item = record(entry);
      if (typeof item.number === 'number' && item.number !== i + 1) {
        report(
          ['sections', s, 'items', i, 'number'],
          'rubric/number-sequence',
          `item ${show(item.id)} is numbered ${item.number}, expected ${i + 1} (numbers run 1, 2, 3… within "${show(section.title)}")`,
        );
      }
    });
  });
  list(rubric.reflectionPrompts).forEach((value, r) => {
    const prompt = record(value);
    if (typeof prompt.number === 'number' && prompt.number !== r + 1)
      report(
        ['reflectionPrompts', r, 'number'],
        'rubric/number-sequence',
        `reflection prompt ${show(prompt.id)} is numbered ${prompt.number}, expected ${r + 1}`,
      );
  });
}

function show(value: unknown): string {
  return sanitizeForDisplay(String(value), 60);
}

function checkScale(rubric: Loose, report: Report): void {
  const keys = new Set<string>();
  const levels = list(record(rubric.scale).levels).map(record);
  if (levels.length === 0) return; // no scale to speak of: the schema says so
  levels.forEach((level, l) => {
    const key = text(level.key);
    if (key === undefined) return;
    if (keys.has(key))
      report(
        ['scale', 'levels', l, 'key'],
        'rubric/duplicate-scale-key',
        `scale key "${sanitizeForDisplay(key, 60)}" is used twice`,
      );
    keys.add(key);
  });
  if (levels.some((level) => level.value !== null && typeof level.value !== 'number')) return;
  const scored = levels
    .map((level, l) => ({ value: level.value, l }))
    .filter((x): x is { value: number; l: number } => typeof x.value === 'number');
  if (scored.length === 0) {
    report(
      ['scale', 'levels'],
      'rubric/scale-unscored',
      'the scale needs at least one level with a numeric value',
    );
    return;
  }
  const direction = Math.sign((scored[1]?.value ?? 0) - scored[0]!.value);
  for (let k = 1; k < scored.length; k++) {
    const step = scored[k]!.value - scored[k - 1]!.value;
    if (step === 0 || Math.sign(step) !== direction) {
      report(
        ['scale', 'levels', scored[k]!.l, 'value'],
        'rubric/scale-order',
        `scored values must be strictly ${direction < 0 ? 'decreasing' : 'increasing'} in the order the levels are listed`,
      );
      return;
    }
  }
}

function checkBlankText(value: unknown, path: Path, report: Report): void {
  if (typeof value === 'string') {
    if (value.length > 0 && value.trim() === '')
      report(path, 'rubric/blank-text', `"${path.join('.')}" contains only whitespace`);
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) checkBlankText(v, [...path, i], report);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) checkBlankText(v, [...path, k], report);
  }
}

function checkReferences(rubric: Loose, report: Report): void {
  const columnKeys = new Set(list(rubric.planningColumns).map((c) => text(record(c).key)));
  columnKeys.delete(undefined);
  const worksheets = record(rubric.worksheets);
  const plan = worksheets['action-plan'] === undefined ? undefined : record(worksheets['action-plan']);
  if (plan && columnKeys.size === 0) {
    report(
      ['worksheets', 'action-plan'],
      'rubric/unresolved-reference',
      'the action-plan worksheet needs planningColumns',
    );
  }
  list(plan?.columns).forEach((key, c) => {
    if (typeof key === 'string' && !columnKeys.has(key))
      report(
        ['worksheets', 'action-plan', 'columns', c],
        'rubric/unresolved-reference',
        `column "${show(key)}" is not one of the planningColumns (${[...columnKeys].join(', ')})`,
      );
  });
  const tags = Array.isArray(rubric.tags) ? new Set<unknown>(rubric.tags) : undefined;
  list(rubric.sections).forEach((section, s) => {
    list(record(section).items).forEach((item, i) => {
      list(record(item).tags).forEach((tag, t) => {
        if (typeof tag === 'string' && !tags?.has(tag))
          report(
            ['sections', s, 'items', i, 'tags', t],
            'rubric/unresolved-reference',
            `tag "${show(tag)}" is not declared in the rubric's tags`,
          );
      });
    });
  });
  const footer = text(record(worksheets['large-chart']).footer);
  for (const match of footer?.matchAll(/\{([^}]*)\}/g) ?? []) {
    if (!['section', 'number', 'count', 'item'].includes(match[1]!)) {
      report(
        ['worksheets', 'large-chart', 'footer'],
        'rubric/unresolved-reference',
        `footer placeholder {${show(match[1])}} is unknown; use {section}, {number}, {count} or {item}`,
      );
    }
  }
}
