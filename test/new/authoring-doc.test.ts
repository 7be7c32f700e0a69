// docs/authoring.md shows a whole rubric and an action-plan addition: both must be what validate accepts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRubric } from '../../src/rubric/parse-rubric.js';
import { ROOT } from '../helpers/cli.js';

const doc = readFileSync(join(ROOT, 'docs', 'authoring.md'), 'utf8');
const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const check = (text: string) => parseRubric(new TextEncoder().encode(text), 'docs/authoring.md').diagnostics;

describe('docs/authoring.md', () => {
  it('shows a rubric that validates', () => {
    const rubric = blocks.find((b) => b.startsWith('id: climate'))!;
    expect(check(rubric)).toEqual([]);
  });

  it('shows an action-plan addition that validates with it', () => {
    const rubric = blocks.find((b) => b.startsWith('id: climate'))!;
    const plan = blocks.find((b) => b.startsWith('planningColumns:'))!;
    const [body] = rubric.split('worksheets:');
    expect(check(`${body}${plan}`)).toEqual([]);
  });
});
