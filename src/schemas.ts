import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { fromRoot } from './paths.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const cache = new Map<string, ValidateFunction>();

/** The compiled validator for one of the published schemas in schema/ (compiled once per process). */
export function schemaValidator(
  name: 'rubric' | 'responses' | 'report' | 'crosswalk' | 'recommendations',
): ValidateFunction {
  let validate = cache.get(name);
  if (!validate) {
    const schema = JSON.parse(readFileSync(fromRoot('schema', `${name}.schema.json`), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
    addFormats(ajv);
    validate = ajv.compile(schema);
    cache.set(name, validate);
  }
  return validate;
}
