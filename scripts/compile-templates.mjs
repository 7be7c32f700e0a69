// Precompiles the shipped handlebars templates (templates/*.hbs → dist/templates/<name>.cjs) so that a
// render runs them on handlebars' small runtime instead of loading its compiler and compiling at run time.
// Each module records the SHA-256 of its source; src/document/template-engine.ts compiles the template
// itself when the source has changed since the build.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import Handlebars from 'handlebars';

const root = new URL('../', import.meta.url);
const out = new URL('dist/templates/', root);
mkdirSync(out, { recursive: true });
for (const file of readdirSync(new URL('templates/', root)).filter((f) => f.endsWith('.hbs'))) {
  const source = readFileSync(new URL(`templates/${file}`, root), 'utf8');
  // Strict, as src/document/template-engine.ts compiles: an unknown variable is an error, never a blank.
  const spec = Handlebars.precompile(source, { strict: true });
  const sourceHash = createHash('sha256').update(source).digest('hex');
  const name = file.replace(/\.hbs$/, '');
  writeFileSync(
    new URL(`${name}.cjs`, out),
    `module.exports = { sourceHash: ${JSON.stringify(sourceHash)}, spec: ${spec} };\n`,
  );
}
