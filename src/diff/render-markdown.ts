import { sanitizeMultiline } from '../diagnostics/sanitize.js';
import { changeHeadline } from './change-headline.js';
import { inlineWords } from './inline-words.js';
import { summaryLine } from './summary-line.js';
import type { FieldChange, RubricDiff } from './types.js';

/**
 * Escapes text so that Markdown shows it literally: no emphasis, code, links, HTML or table breaks from rubric
 * text, and no list or heading when the text starts a line.
 */
export function escapeMarkdown(text: string): string {
  const entities: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };
  return sanitizeMultiline(text)
    .replace(/[\\`*_{}[\]<>&|~]/g, (c) => entities[c] ?? `\\${c}`)
    .replace(/^([#+-]|\d+\.)/, '\\$1')
    .replace(/\r?\n/g, ' ');
}

const MARKS = {
  escape: escapeMarkdown,
  removed: (t: string) => `~~${t}~~`,
  added: (t: string) => `**${t}**`,
};

/** A Markdown report that reads well in a pull request: removed words ~~struck~~, added words **bold**. */
export function renderMarkdown(diff: RubricDiff): string {
  const title = `## Rubric diff: \`${code(diff.old.id)}\` (${escapeMarkdown(diff.old.edition)}) → \`${code(diff.new.id)}\` (${escapeMarkdown(diff.new.edition)})`;
  if (diff.identical) return `${title}\n\nNo changes: the two rubrics are the same.\n`;
  const out = [title, '', `${escapeMarkdown(summaryLine(diff))} (similarity threshold ${diff.threshold})`];
  const fields = (heading: string, changes: readonly FieldChange[]) => {
    if (changes.length === 0) return;
    out.push('', `### ${heading}`, '', '| field | change |', '|---|---|');
    for (const c of changes)
      out.push(`| \`${code(c.field)}\` | ${inlineWords(c.words, MARKS) || '(empty)'} |`);
  };
  fields('Metadata', diff.metadata);
  fields('Scale', diff.scale);
  fields('Planning columns', diff.planningColumns);
  fields('Reflection prompts', diff.reflectionPrompts);
  for (const s of diff.sections) {
    if (s.kind === 'unchanged') continue;
    const heading = `Ingredient ${escapeMarkdown((s.new ?? s.old)!.title)}: ${s.kind}`;
    if (s.kind === 'changed') fields(heading, s.fields);
    else out.push('', `### ${heading}`);
  }
  for (const section of diff.stat.sections) {
    const changes = diff.items.filter((c) => c.ingredient === section.section && c.kind !== 'unchanged');
    if (changes.length === 0) continue;
    out.push('', `### ${escapeMarkdown(section.title)}`, '');
    for (const change of changes) {
      const text =
        change.kind === 'added'
          ? MARKS.added(change.new.map((r) => escapeMarkdown(r.text)).join(' '))
          : change.kind === 'removed'
            ? MARKS.removed(change.old.map((r) => escapeMarkdown(r.text)).join(' '))
            : inlineWords(change.words, MARKS);
      out.push(`- **${change.kind}** ${escapeMarkdown(changeHeadline(change))}  `, `  ${text}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Text inside backticks cannot be escaped; backticks and line breaks are replaced instead. */
function code(text: string): string {
  return text.replace(/`/g, "'").replace(/\r?\n/g, ' ');
}
