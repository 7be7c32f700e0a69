import { changeHeadline } from './change-headline.js';
import { inlineWords } from './inline-words.js';
import { summaryLine } from './summary-line.js';
import type { FieldChange, ItemChange, RubricDiff } from './types.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const MARKS = {
  escape: escapeHtml,
  removed: (t: string) => `<del>${t}</del>`,
  added: (t: string) => `<ins>${t}</ins>`,
};

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%;margin:1rem 0}td,th{border:1px solid #ccc;padding:.4rem .6rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}td.old{width:45%}td.new{width:45%}del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:none}
.kind{font-size:.8em;color:#555}tr.added td.new{background:#f2fff2}tr.removed td.old{background:#fff2f2}`;

/** A self-contained HTML page: old and new side by side per ingredient, <del>/<ins> for words, all text escaped. */
export function renderHtml(diff: RubricDiff): string {
  const title = `${diff.old.id} (${diff.old.edition}) → ${diff.new.id} (${diff.new.edition})`;
  const body: string[] = [`<h1>Rubric diff: ${escapeHtml(title)}</h1>`];
  if (diff.identical) body.push('<p>No changes: the two rubrics are the same.</p>');
  else {
    body.push(`<p>${escapeHtml(summaryLine(diff))} (similarity threshold ${diff.threshold})</p>`);
    body.push(fieldTable('Metadata', diff.metadata), fieldTable('Scale', diff.scale));
    body.push(fieldTable('Planning columns', diff.planningColumns));
    body.push(fieldTable('Reflection prompts', diff.reflectionPrompts));
    for (const s of diff.sections)
      if (s.kind !== 'unchanged')
        body.push(fieldTable(`Ingredient ${(s.new ?? s.old)!.title}: ${s.kind}`, s.fields, true));
    for (const section of diff.stat.sections) {
      const rows = diff.items.filter((c) => c.ingredient === section.section).map(itemRow);
      body.push(`<h2>${escapeHtml(section.title)}</h2>`);
      body.push(
        `<table><tr><th>${escapeHtml(diff.old.id)}</th><th>${escapeHtml(diff.new.id)}</th><th>change</th></tr>`,
      );
      body.push(...rows, '</table>');
    }
  }
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`Rubric diff: ${title}`)}</title><style>${STYLE}</style></head>
<body>
${body.filter(Boolean).join('\n')}
</body></html>
`;
}

function fieldTable(heading: string, changes: readonly FieldChange[], always = false): string {
  if (changes.length === 0 && !always) return '';
  const rows = changes.map(
    (c) =>
      `<tr><td>${escapeHtml(c.field)}</td><td class="old">${inlineWords(c.words, MARKS, 'old')}</td><td class="new">${inlineWords(c.words, MARKS, 'new')}</td></tr>`,
  );
  const table =
    rows.length > 0 ? `<table><tr><th>field</th><th>old</th><th>new</th></tr>${rows.join('')}</table>` : '';
  return `<h2>${escapeHtml(heading)}</h2>${table}`;
}

function itemRow(change: ItemChange): string {
  const side = (which: 'old' | 'new') => {
    const refs = change[which];
    if (refs.length === 0) return '';
    const label = refs
      .map((r) => `<b>${escapeHtml(`${r.section} ${r.number}`)}</b>${r.priority ? ' ★' : ''}`)
      .join(' + ');
    const words =
      change.words.length > 0
        ? inlineWords(change.words, MARKS, which)
        : refs.map((r) => (which === 'old' ? MARKS.removed : MARKS.added)(escapeHtml(r.text))).join(' ');
    return `${label} ${words}`;
  };
  return `<tr class="${change.kind}"><td class="old">${side('old')}</td><td class="new">${side('new')}</td><td class="kind">${escapeHtml(changeHeadline(change))}</td></tr>`;
}
