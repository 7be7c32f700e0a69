import type { CorpusCase } from './corpus-case.js';

const COMMANDS: Record<CorpusCase['command'], string> = {
  validate: '`validate FILE`',
  score: '`score FILE`',
  extract: '`extract FILE --rubric corpus-rubric.yaml`',
  data: '`render corpus-rubric.yaml --data FILE`',
  batch: '`render corpus-rubric.yaml --batch FILE`',
  font: '`render corpus-rubric.yaml --font FILE`',
  template: '`render corpus-rubric.yaml --template FILE`',
};

const HEADINGS: Record<string, string> = {
  yaml: 'YAML: rubrics and responses',
  pdf: 'PDF worksheets',
  docx: 'DOCX worksheets',
  html: 'Saved HTML worksheets',
  csv: 'Batch CSV',
  values: 'Template values (--data)',
  font: 'Fonts (--font)',
  template: 'Templates (--template)',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function expectation(c: CorpusCase): string {
  const e = c.expect;
  const parts: string[] = [];
  if (e.code) parts.push(`\`${e.code}\``);
  if (e.line !== undefined)
    parts.push(`line ${e.line}${e.column !== undefined ? `, column ${e.column}` : ''}`);
  if (e.message) parts.push(`"${cell(e.message.length > 60 ? `${e.message.slice(0, 57)}…` : e.message)}"`);
  if (e.answers) parts.push(`answers: ${Object.keys(e.answers).length} checked`);
  return parts.join('; ');
}

/** test/corpus/INDEX.md, written from the case table (index.test.ts keeps the file in step). */
export function renderIndex(cases: readonly CorpusCase[]): string {
  const out = [
    '# The hostile-input corpus: index',
    '',
    '<!-- Generated from test/corpus/*-cases.ts by test/corpus/index.test.ts: run',
    '     UPDATE_CORPUS_INDEX=1 npx vitest run test/corpus/index.test.ts after changing a case. -->',
    '',
    'Every case is built at test time (test/corpus/write-corpus.ts) into a temporary folder, named by its',
    'cause, and run through the CLI as a user would. The corpus rubric (test/corpus/corpus-rubric.ts) is what',
    'worksheet cases record; responses cases answer the shipped 2020 rubric.',
    '',
    'For **every** case the tool must finish within the time limit (20 s unless stated; the CLI is killed',
    'after it), exit 0, 1 or 2 (never 70), print no stack trace, write no half-written output, run no code',
    'and touch no file the input names. Verdicts:',
    '',
    '- **accept**: read normally (exit 0); for worksheets, the answers listed are checked in the output.',
    '- **reject**: exit 1 (`validate`) or 2, with one line naming the file and the reason, positioned',
    '  (file:line:column) where the input has lines; nothing written.',
    '- **refuse**: like reject, because a documented limit (docs/extract.md, src/yaml/decode-text.ts) was',
    '  reached before the resource was spent.',
    '- **ignore**: the hostile part is skipped safely and the rest is read (exit 0).',
    '',
    'A case marked *waits on issue N* is built but not yet run (shown as a todo test) until that fix lands.',
  ];
  const groups = [...new Set(cases.map((c) => c.id.split('/')[0]!))];
  for (const group of groups) {
    const members = cases.filter((c) => c.id.startsWith(`${group}/`));
    out.push('', `## ${HEADINGS[group] ?? group} (${members.length})`, '');
    out.push(
      '| case | command | verdict | what it is | how the verdict is recognised |',
      '|---|---|---|---|---|',
    );
    for (const c of members) {
      const verdict = c.waitsOn
        ? `${c.verdict} (*waits on issue ${c.waitsOn.issue}*: ${cell(c.waitsOn.why)})`
        : c.verdict;
      out.push(`| \`${c.id}\` | ${COMMANDS[c.command]} | ${verdict} | ${cell(c.what)} | ${expectation(c)} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
