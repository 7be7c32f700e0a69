import type { Rubric } from '../rubric/rubric.generated.js';

/** The worksheet kinds a responses file may answer (schema/responses.schema.json `kind`). */
export type ResponsesKind = 'self-assessment' | 'action-plan' | 'large-chart';

/** What `init --set` may fill: the respondent's name and role, and the worksheet's context. */
export const RESPONDENT_KEYS = ['name', 'role'] as const;
export const CONTEXT_KEYS = ['district', 'school', 'team', 'date', 'facilitator'] as const;

export interface BlankOptions {
  kind: ResponsesKind;
  /** Values for RESPONDENT_KEYS and CONTEXT_KEYS; others are the caller's to refuse. */
  values: Readonly<Record<string, string>>;
  /** What the yaml-language-server comment points at: a path relative to the file, or an absolute one. */
  schema: string;
}

const WIDTH = 100;

/**
 * A blank responses file for one rubric, ready to fill in by hand: every item id with its number and text
 * as a comment, a null rating and evidence, the planning columns for an action plan, and the reflection
 * prompts. It passes the responses schema as it is; the values given fill respondent and context.
 */
export function blankResponses(rubric: Rubric, options: BlankOptions): string {
  const { kind, values } = options;
  const lines = [
    `# yaml-language-server: $schema=${options.schema}`,
    ...comment('', `Responses to ${rubric.title} (${rubric.id}, edition ${rubric.edition.label}), ${kind}.`),
    ...comment('', `Rate each item with one of: ${levelsLine(rubric)}; leave null to skip it.`),
    '# Score it with: rubricate score THIS-FILE (several files or a folder for a team)',
    `rubric: ${quote(rubric.id)}`,
    `edition: ${quote(rubric.edition.label)}`,
    `kind: ${kind}`,
    'respondent:',
    ...RESPONDENT_KEYS.map((key) => `  ${key}: ${value(values[key])}`),
    'context:',
    ...CONTEXT_KEYS.map((key) => `  ${key}: ${value(values[key])}`),
    'items:',
  ];
  const columns = kind === 'action-plan' ? planColumns(rubric) : [];
  for (const section of rubric.sections) {
    lines.push(...comment('  ', `${section.title}`));
    for (const item of section.items) {
      lines.push(...comment('  ', `${item.number}.${item.priority ? ' (starred)' : ''} ${item.text}`));
      lines.push(`  ${item.id}:`, '    rating: null', '    evidence: null');
      for (const column of columns) lines.push(`    ${column}: null`);
    }
  }
  const prompts = rubric.reflectionPrompts ?? [];
  if (prompts.length > 0) {
    lines.push(...comment('', rubric.reflectionHeading ?? 'Reflections'), 'reflections:');
    for (const prompt of prompts) {
      lines.push(...comment('  ', `${prompt.number}. ${prompt.text}`), `  ${prompt.id}: null`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The planning columns the action-plan worksheet prints, else all of them. */
function planColumns(rubric: Rubric): string[] {
  const all = (rubric.planningColumns ?? []).map((c) => c.key);
  const chosen = rubric.worksheets['action-plan']?.columns;
  return chosen ? chosen.filter((key) => all.includes(key)) : all;
}

function levelsLine(rubric: Rubric): string {
  return rubric.scale.levels
    .map((l) => `${l.key} (${l.label}, ${l.value === null ? 'not scored' : l.value})`)
    .join(', ');
}

/** A comment wrapped at WIDTH columns; text is put on one line first, control characters dropped. */
function comment(indent: string, text: string): string[] {
  const words = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && indent.length + 2 + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((l, i) => `${indent}#${i === 0 ? ' ' : '   '}${l}`);
}

function value(text: string | undefined): string {
  return text === undefined ? 'null' : quote(text);
}

/** A YAML double-quoted scalar: JSON's escapes are valid YAML, and U+2028/9 are escaped too. */
function quote(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
