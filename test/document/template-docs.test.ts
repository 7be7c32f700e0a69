import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPageSetup } from '../../src/document/page-setup.js';
import { templateContext } from '../../src/document/template-context.js';
import { loadRubric } from '../../src/rubric/load-rubric.js';
import { ROOT } from '../helpers/cli.js';

/**
 * The property names of the TemplateContext interface, read from its source (one `name: type;` member per
 * line, as the formatter writes them). tsc in turn holds the object templateContext returns to the type.
 */
function contextKeys(): string[] {
  const source = readFileSync(join(ROOT, 'src/document/template-context.ts'), 'utf8');
  const start = source.indexOf('export interface TemplateContext {');
  expect(start, 'interface TemplateContext').toBeGreaterThan(-1);
  const body = source.slice(start, source.indexOf('\n}\n', start));
  return [...body.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]!);
}

/** The names in the first column of docs/templates.md's "What a template can use" table. */
function documentedKeys(): string[] {
  const doc = readFileSync(join(ROOT, 'docs/templates.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## What a template can use'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| name |')));
  return [...table.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);
}

describe('docs/templates.md documents the template context', () => {
  it('lists exactly the keys of the TemplateContext type, in its order', () => {
    expect(documentedKeys()).toEqual(contextKeys());
    expect(contextKeys()).toContain('ratingColumnsWithoutEvidence');
  });

  it('and the context a render builds has exactly those keys', async () => {
    const rubric = (await loadRubric(join(ROOT, 'rubrics/2021-planning.yaml'))).loaded!.rubric;
    const context = templateContext(
      rubric,
      'action-plan',
      {},
      defaultPageSetup('action-plan', 'letter', false),
    );
    expect(Object.keys(context).sort()).toEqual(contextKeys().sort());
  });
});
