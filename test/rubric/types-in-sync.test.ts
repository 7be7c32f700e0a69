import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { generate, TARGETS } from '../../scripts/gen-types.mjs';
import { ROOT } from '../helpers/cli.js';

describe('types generated from the JSON Schemas', () => {
  for (const [schema, out, name] of TARGETS as [string, string, string][]) {
    it(`${out} is up to date with ${schema} (run npm run gen:types)`, async () => {
      const fresh = await generate(join(ROOT, schema), name);
      const committed = readFileSync(join(ROOT, out), 'utf8');
      const normalise = (s: string) =>
        s
          .replace(/^\/\* Generated from .*\*\/$/m, '')
          .replace(/\s+/g, ' ')
          .trim();
      expect(normalise(committed)).toBe(normalise(fresh));
    });
  }
});
