import { sanitizeMultiline } from '../diagnostics/sanitize.js';
import { changeHeadline } from './change-headline.js';
import { inlineWords } from './inline-words.js';
import { type Paint, PLAIN_PAINT } from './paint.js';
import { summaryLine } from './summary-line.js';
import type { FieldChange, ItemChange, RubricDiff } from './types.js';

const SIGN: Record<ItemChange['kind'], string> = {
  unchanged: ' ',
  reworded: '~',
  renumbered: '~',
  moved: '>',
  priority: '*',
  split: '<',
  merged: '>',
  added: '+',
  removed: '-',
};

/**
 * The terminal form: what changed, ingredient by ingredient, with removed words struck and added words
 * marked (coloured when `paint` colours, `[-…-]` / `{+…+}` otherwise). Unchanged items are only counted.
 */
export function renderText(diff: RubricDiff, paint: Paint = PLAIN_PAINT): string {
  const marks = { escape: sanitizeMultiline, removed: paint.removed, added: paint.added };
  const lines = [
    paint.heading(
      `${diff.old.id} (${diff.old.edition}) → ${diff.new.id} (${diff.new.edition}), threshold ${diff.threshold}`,
    ),
  ];
  if (diff.identical) return `${lines[0]}\nNo changes: the two rubrics are the same.\n`;
  const fields = (title: string, changes: readonly FieldChange[]) => {
    if (changes.length === 0) return;
    lines.push('', paint.heading(title));
    for (const c of changes) {
      const sign = c.old === null ? '+' : c.new === null ? '-' : '~';
      lines.push(`  ${sign} ${sanitizeMultiline(c.field)}: ${inlineWords(c.words, marks)}`);
    }
  };
  fields('Metadata', diff.metadata);
  fields('Scale', diff.scale);
  fields('Planning columns', diff.planningColumns);
  fields('Reflection prompts', diff.reflectionPrompts);
  for (const s of diff.sections) {
    if (s.kind === 'unchanged') continue;
    const title = `Ingredient ${sanitizeMultiline((s.new ?? s.old)!.title)}: ${s.kind}`;
    if (s.kind === 'changed') fields(title, s.fields);
    else lines.push('', paint.heading(title));
  }
  for (const section of diff.stat.sections) {
    const changes = diff.items.filter((c) => c.ingredient === section.section && c.kind !== 'unchanged');
    if (changes.length === 0) continue;
    lines.push('', paint.heading(`## ${sanitizeMultiline(section.title)}`));
    for (const change of changes) {
      lines.push(`${SIGN[change.kind]} ${sanitizeMultiline(changeHeadline(change))}`);
      const text =
        change.kind === 'added' || change.kind === 'removed'
          ? [...change.old, ...change.new].map((r) => sanitizeMultiline(r.text)).join(' ')
          : inlineWords(change.words, marks);
      lines.push(paint.dim('    ') + text);
    }
  }
  lines.push('', summaryLine(diff));
  return `${lines.join('\n')}\n`;
}
