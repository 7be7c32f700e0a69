import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);

/**
 * Validates a YAML file the way an editor does: reads the schema address its yaml-language-server
 * modeline names, resolves it from the file's folder (or takes it as it is when absolute), loads the schema
 * from there and checks the file with it. Returns ajv's errors (none when valid) and the schema's path.
 */
export function validateByModeline(file: string): { schemaPath: string; errors: unknown[] } {
  const text = readFileSync(file, 'utf8');
  const match = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
  if (!match) throw new Error(`${file} has no yaml-language-server modeline on its first line`);
  const address = match[1]!;
  if (/^[a-z]+:\/\//i.test(address)) throw new Error(`${file} names a web address: ${address}`);
  const schemaPath = isAbsolute(address) ? address : resolve(dirname(file), address);
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = require('ajv-formats') as (ajv: InstanceType<typeof Ajv2020>) => void;
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  return { schemaPath, errors: validate(parse(text)) ? [] : (validate.errors ?? []) };
}
