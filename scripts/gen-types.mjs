// Generates TypeScript types from the JSON Schemas in schema/, so that the types cannot drift from the
// format editors validate against. `npm run gen:types` rewrites them; a test fails when they are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

export const TARGETS = [
  ['schema/rubric.schema.json', 'src/rubric/rubric.generated.ts', 'Rubric'],
  ['schema/responses.schema.json', 'src/responses/responses.generated.ts', 'Responses'],
];

export async function generate(schemaPath, name) {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  delete schema.$id;
  return compile(schema, name, {
    bannerComment: `/* Generated from ${schemaPath} by scripts/gen-types.mjs. Do not edit: change the schema and run npm run gen:types. */`,
    additionalProperties: false,
    unreachableDefinitions: false,
    ignoreMinAndMaxItems: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}

if (process.argv[1]?.endsWith('gen-types.mjs')) {
  // Generate all first, then write: a pending top-level await does not keep node alive.
  const outputs = await Promise.all(TARGETS.map(([schemaPath, , name]) => generate(schemaPath, name)));
  TARGETS.forEach(([, out], i) => {
    writeFileSync(out, outputs[i]);
    console.log(`wrote ${out}`);
  });
}
