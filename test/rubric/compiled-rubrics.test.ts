import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledRubric } from '../../src/rubric/compiled-rubrics.js';
import { loadRubric } from '../../src/rubric/load-rubric.js';
import { parseRubric } from '../../src/rubric/parse-rubric.js';
import { ROOT } from '../helpers/cli.js';

// Needs dist/compiled-rubrics.json, which `npm run build` (part of `npm test`) writes.
const shipped = readdirSync(join(ROOT, 'rubrics')).filter((f) => f.endsWith('.yaml'));

describe('rubrics compiled at build time', () => {
  it.each(shipped)('%s: the build-time record equals a full parse of the same bytes', (name) => {
    const bytes = readFileSync(join(ROOT, 'rubrics', name));
    const full = parseRubric(bytes, name).loaded?.rubric;
    expect(full).toBeDefined();
    expect(compiledRubric(bytes)).toStrictEqual(full);
  });

  it('is not used for a file with any byte changed: the edit is parsed and checked', async () => {
    const bytes = readFileSync(join(ROOT, 'rubrics', '2020-assessment.yaml'));
    const edited = Buffer.from(bytes.toString('utf8').replace('id: 2020-assessment', 'id: 2020_assessment'));
    expect(compiledRubric(edited)).toBeUndefined();
    expect(parseRubric(edited, 'x.yaml').loaded).toBeUndefined();
  });

  it('hands each caller its own copy, so one caller cannot change what the next one loads', async () => {
    const path = join(ROOT, 'rubrics', '2025-large-chart.yaml');
    const first = await loadRubric(path);
    first.loaded!.rubric.title = 'changed';
    const second = await loadRubric(path);
    expect(second.loaded!.rubric.title).not.toBe('changed');
  });
});
