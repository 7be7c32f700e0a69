// Compiles the JSON Schemas in schema/ into standalone ajv validators (dist/validators/<name>.cjs) at build
// time, so that no command pays for compiling a schema at run time. Each module records the SHA-256 of
// its schema; src/schemas.ts falls back to compiling when the schema has changed since the build.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';

const out = new URL('../dist/validators/', import.meta.url);
mkdirSync(out, { recursive: true });
const dir = new URL('../schema/', import.meta.url);
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.schema.json'))
  .sort()) {
  const text = readFileSync(new URL(file, dir), 'utf8');
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    verbose: true,
    code: { source: true, esm: false },
  });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(text));
  const hash = createHash('sha256').update(text).digest('hex');
  const source = linearErrors(standaloneCode.default(ajv, validate));
  const code = `${source}\nmodule.exports.schemaHash = ${JSON.stringify(hash)};\n`;
  const name = file.replace(/\.schema\.json$/, '');
  writeFileSync(new URL(`${name}.cjs`, out), code);
}
if (!existsSync(out)) process.exitCode = 1;

/**
 * ajv's standalone code gathers the errors of a referenced schema with `vErrors = vErrors.concat(...)`,
 * which copies every error so far for each failing value: 10,000 bad items took 10 s, 100,000 never
 * finished. Appending in place gives the same errors in the same order in linear time.
 */
function linearErrors(code) {
  return code.replace(
    /vErrors = vErrors === null \? (validate\w*)\.errors : vErrors\.concat\(\1\.errors\);/g,
    (_, fn) =>
      `if (vErrors === null) vErrors = ${fn}.errors.slice(); else for (const e of ${fn}.errors) vErrors.push(e);`,
  );
}
