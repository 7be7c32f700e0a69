// Checks the shipped rubrics once at build time and records what they parse to (dist/compiled-rubrics.json),
// keyed by the SHA-256 of each file's bytes and of the rubric schema, so that loading an unchanged shipped
// rubric needs no YAML parser, schema validation or semantic checks (see src/rubric/compiled-rubrics.ts).
// A rubric that fails its checks is left out (and fails the build), so the record never disagrees with them.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseRubric } from '../dist/rubric/parse-rubric.js';

const root = new URL('../', import.meta.url);
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const rubrics = {};
for (const name of readdirSync(new URL('rubrics/', root))
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const bytes = readFileSync(new URL(`rubrics/${name}`, root));
  const { loaded, diagnostics } = parseRubric(bytes, `rubrics/${name}`);
  if (!loaded) {
    console.error(`rubrics/${name} is not valid (run rubricate validate): ${diagnostics[0]?.message}`);
    process.exitCode = 1;
    continue;
  }
  rubrics[sha256(bytes)] = JSON.stringify(loaded.rubric);
}
const schemaHash = sha256(readFileSync(new URL('schema/rubric.schema.json', root)));
writeFileSync(new URL('dist/compiled-rubrics.json', root), `${JSON.stringify({ schemaHash, rubrics })}\n`);
