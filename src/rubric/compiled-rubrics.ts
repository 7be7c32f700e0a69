import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fromRoot } from '../paths.js';
import type { Rubric } from './rubric.generated.js';

/**
 * The shipped rubrics as checked at build time (scripts/compile-rubrics.mjs writes dist/compiled-rubrics.json):
 * the SHA-256 of each rubric file's bytes → the rubric it parses to. A file whose bytes match, checked
 * against the same schema, needs no YAML parse, schema validation or semantic checks: the answer is the one
 * the full path gave at build time. Any edit changes the hash and takes the full path.
 */
interface CompiledRubrics {
  schemaHash: string;
  rubrics: Record<string, string>;
}

let compiled: CompiledRubrics | null | undefined;

/** The rubric these bytes were compiled to at build time, or undefined (not shipped, edited, or no build). */
export function compiledRubric(bytes: Uint8Array): Rubric | undefined {
  compiled ??= readCompiled();
  if (!compiled) return undefined;
  const json = compiled.rubrics[sha256(bytes)];
  return json === undefined ? undefined : (JSON.parse(json) as Rubric);
}

function readCompiled(): CompiledRubrics | null {
  try {
    const data = JSON.parse(
      readFileSync(fromRoot('dist', 'compiled-rubrics.json'), 'utf8'),
    ) as CompiledRubrics;
    const schema = readFileSync(fromRoot('schema', 'rubric.schema.json'));
    return data.schemaHash === sha256(schema) ? data : null;
  } catch {
    return null;
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
