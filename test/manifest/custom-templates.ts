import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** A user's edit of the shipped self-assessment template, as docs/templates.md describes it. */
export interface CustomTemplate {
  name: string;
  /** The edits: each `from` must occur in the shipped template. */
  edits: [from: string | RegExp, to: string][];
  /** Fields of the scheme the template drops (unanswered in the responses). */
  dropped: (items: string[]) => string[];
}

const EVIDENCE_HEAD = '<td shade="true"><b>{{@root.rubric.evidencePrompt}}</b></td>';
const EVIDENCE_CELL = /<td><text name="\{\{id\}\}\.evidence"[^>]*\/><\/td>/;
const ROLE =
  '<td><b>Role</b></td><td><text name="respondent.role" label="Role" value="{{values.role}}"/></td>';
const FACILITATOR =
  /\{\{#if values\.facilitator\}\}<tr><td><b>Facilitator<\/b><\/td><td span="3">\{\{values\.facilitator\}\}<\/td><\/tr>\{\{\/if\}\}/;

export const CUSTOM_TEMPLATES: CustomTemplate[] = [
  {
    name: 'no-evidence',
    edits: [
      [EVIDENCE_HEAD, ''],
      [EVIDENCE_CELL, ''],
      ['{{@root.ratingColumns}}', '{{@root.ratingColumnsWithoutEvidence}}'],
    ],
    dropped: (items) => items.map((id) => `${id}.evidence`),
  },
  { name: 'no-role', edits: [[ROLE, '<td></td><td></td>']], dropped: () => ['respondent.role'] },
  {
    name: 'facilitator',
    edits: [
      [
        FACILITATOR,
        '<tr><td><b>Facilitator</b></td><td span="3"><text name="context.facilitator" label="Facilitator" value="{{values.facilitator}}"/></td></tr>',
      ],
    ],
    dropped: () => [],
  },
];

/** Writes the edited copy of templates/self-assessment.hbs into `dir`; returns its path. */
export function writeTemplate(dir: string, template: CustomTemplate): string {
  let source = readFileSync(join(ROOT, 'templates', 'self-assessment.hbs'), 'utf8');
  for (const [from, to] of template.edits) {
    expect(typeof from === 'string' ? source.includes(from) : from.test(source), String(from)).toBe(true);
    source = source.replace(from, to);
  }
  const path = join(dir, `${template.name}.hbs`);
  writeFileSync(path, source);
  return path;
}
