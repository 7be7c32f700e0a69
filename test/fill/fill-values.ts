import type { FormField } from '../roundtrip/fill-plan.js';

/**
 * One text per script the form font must carry; `latin1` says whether WinAnsiEncoding can write it. Short,
 * so that no value wraps in the action plan's narrow (98 pt) columns (pdftotext interleaves wrapped neighbours).
 */
export const SCRIPTS = [
  { script: 'Latin-1', text: 'Peña año', latin1: true },
  { script: 'Vietnamese', text: 'Trường', latin1: false },
  { script: 'Greek', text: 'Ωμέγα', latin1: false },
  { script: 'Cyrillic', text: 'Школа', latin1: false },
] as const;

/** A value typed into a text field, and whether a simple WinAnsi font can draw all of it. */
export interface TextAnswer {
  name: string;
  value: string;
  latin1: boolean;
}

export interface Answers {
  text: TextAnswer[];
  /** Radio group name → the level's key. */
  ratings: Record<string, string>;
}

/**
 * Answers for the header fields, the first ten other text fields and the first four rating groups: the
 * scripts in turn (each value numbered, so every one can be found on the page), a date where a date goes,
 * and two lines in multi-line fields.
 */
export function planAnswers(fields: readonly FormField[], levels: readonly string[]): Answers {
  const answers: Answers = { text: [], ratings: {} };
  let others = 0;
  for (const field of fields) {
    if (field.kind === 'rating') {
      const n = Object.keys(answers.ratings).length;
      if (n < 4) answers.ratings[field.name] = levels[(n + 1) % levels.length]!;
      continue;
    }
    const header = /^(context|respondent)\./.test(field.name);
    if (field.name === 'context.district' || (!header && others++ >= 10)) continue;
    const i = answers.text.length;
    if (field.name === 'context.date' || field.name.endsWith('.target-date')) {
      answers.text.push({
        name: field.name,
        value: `2026-03-${String(10 + i).padStart(2, '0')}`,
        latin1: true,
      });
      continue;
    }
    const { text, latin1 } = SCRIPTS[i % SCRIPTS.length]!;
    const value = field.multiline ? `${text} ${i}\n${i} bis` : `${text} ${i}`;
    answers.text.push({ name: field.name, value, latin1 });
  }
  return answers;
}

/** Text compared as readers extract it: composed (NFC), without white space (lines break anywhere). */
export function squeeze(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '');
}

/** The answers' lines that `drawn` (a reader's text of the page) lacks. */
export function missingLines(drawn: string, values: readonly string[]): string[] {
  const page = squeeze(drawn);
  return values.flatMap((value) => value.split('\n')).filter((line) => !page.includes(squeeze(line)));
}
