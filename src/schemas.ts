import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { fromRoot } from './paths.js';

export type SchemaName = 'rubric' | 'responses' | 'report' | 'crosswalk' | 'recommendations' | 'diff';

const cache = new Map<string, ValidateFunction>();
const require = createRequire(import.meta.url);

/**
 * The validator for one of the published schemas in schema/: the standalone module compiled at build time
 * (scripts/compile-schemas.mjs) when it matches the schema's current content, else compiled now with ajv.
 */
export function schemaValidator(name: SchemaName): ValidateFunction {
  let validate = cache.get(name);
  if (!validate) {
    const text = readFileSync(fromRoot('schema', `${name}.schema.json`), 'utf8');
    validate = precompiled(name, text) ?? compile(text);
    cache.set(name, validate);
  }
  return validate;
}

function precompiled(name: string, text: string): ValidateFunction | undefined {
  const path = fromRoot('dist', 'validators', `${name}.cjs`);
  if (!existsSync(path)) return undefined;
  const module = require(path) as ValidateFunction & { schemaHash?: string };
  const hash = createHash('sha256').update(text).digest('hex');
  return module.schemaHash === hash ? module : undefined;
}

function compile(text: string): ValidateFunction {
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = require('ajv-formats') as (ajv: InstanceType<typeof Ajv2020>) => void;
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(text));
}
