import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { type ParsedYaml, positionOf } from '../yaml/parse-yaml.js';
import type { Rubric } from './rubric.generated.js';

type Path = (string | number)[];
type Report = (path: Path, code: string, message: string) => void;

/**
 * Checks a schema-valid rubric for what a schema cannot say: unique ids, consecutive numbers, an ordered
 * scale, no blank text, and references that resolve. Each rule has its own code.
 */
export function checkRubric(rubric: Rubric, parsed: ParsedYaml): Diagnostic[] {
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

function checkIds(rubric: Rubric, report: Report): void {
  const seen = new Map<string, string>();
  const claim = (id: string, path: Path) => {
    const first = seen.get(id);
    if (first)
      report(
        [...path, 'id'],
        'rubric/duplicate-id',
        `id "${sanitizeForDisplay(id, 60)}" is already used at ${first}`,
      );
    else seen.set(id, toPointer(path));
  };
  rubric.sections.forEach((section, s) => {
    claim(section.id, ['sections', s]);
    for (const [i, item] of section.items.entries()) claim(item.id, ['sections', s, 'items', i]);
  });
  for (const [r, prompt] of (rubric.reflectionPrompts ?? []).entries())
    claim(prompt.id, ['reflectionPrompts', r]);
  const columns = new Set<string>();
  rubric.planningColumns?.forEach((column, c) => {
    if (columns.has(column.key))
      report(
        ['planningColumns', c, 'key'],
        'rubric/duplicate-column',
        `planning column key "${column.key}" is used twice`,
      );
    columns.add(column.key);
  });
}

function checkNumbers(rubric: Rubric, report: Report): void {
  rubric.sections.forEach((section, s) => {
    section.items.forEach((item, i) => {
      if (item.number !== i + 1) {
        report(
          ['sections', s, 'items', i, 'number'],
          'rubric/number-sequence',
          `item ${item.id} is numbered ${item.number}, expected ${i + 1} (numbers run 1, 2, 3… within "${section.title}")`,
        );
      }
    });
  });
  rubric.reflectionPrompts?.forEach((prompt, r) => {
    if (prompt.number !== r + 1)
      report(
        ['reflectionPrompts', r, 'number'],
        'rubric/number-sequence',
        `reflection prompt ${prompt.id} is numbered ${prompt.number}, expected ${r + 1}`,
      );
  });
}

function checkScale(rubric: Rubric, report: Report): void {
  const keys = new Set<string>();
  const levels = rubric.scale.levels;
  levels.forEach((level, l) => {
    if (keys.has(level.key))
      report(
        ['scale', 'levels', l, 'key'],
        'rubric/duplicate-scale-key',
        `scale key "${level.key}" is used twice`,
      );
    keys.add(level.key);
  });
  const scored = levels
    .map((level, l) => ({ value: level.value, l }))
    .filter((x): x is { value: number; l: number } => x.value !== null);
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

function checkReferences(rubric: Rubric, report: Report): void {
  const columnKeys = new Set((rubric.planningColumns ?? []).map((c) => c.key));
  const plan = rubric.worksheets['action-plan'];
  if (plan && columnKeys.size === 0) {
    report(
      ['worksheets', 'action-plan'],
      'rubric/unresolved-reference',
      'the action-plan worksheet needs planningColumns',
    );
  }
  plan?.columns?.forEach((key, c) => {
    if (!columnKeys.has(key))
      report(
        ['worksheets', 'action-plan', 'columns', c],
        'rubric/unresolved-reference',
        `column "${key}" is not one of the planningColumns (${[...columnKeys].join(', ')})`,
      );
  });
  const tags = rubric.tags ? new Set(rubric.tags) : undefined;
  rubric.sections.forEach((section, s) => {
    section.items.forEach((item, i) => {
      item.tags?.forEach((tag, t) => {
        if (!tags?.has(tag))
          report(
            ['sections', s, 'items', i, 'tags', t],
            'rubric/unresolved-reference',
            `tag "${tag}" is not declared in the rubric's tags`,
          );
      });
    });
  });
  const footer = rubric.worksheets['large-chart']?.footer;
  for (const match of footer?.matchAll(/\{([^}]*)\}/g) ?? []) {
    if (!['section', 'number', 'count', 'item'].includes(match[1]!)) {
      report(
        ['worksheets', 'large-chart', 'footer'],
        'rubric/unresolved-reference',
        `footer placeholder {${match[1]}} is unknown; use {section}, {number}, {count} or {item}`,
      );
    }
  }
}
