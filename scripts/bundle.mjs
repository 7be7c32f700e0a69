// Bundles the compiled CLI into dist/bundle/: one entry for the CLI and one for the batch worker, with
// code splitting so that each command's dependencies (pdf-lib, docx, handlebars, …) still load only when
// that command runs. Measured: module resolution and compilation of ~150 separate files dominated a cold
// start (validate 0.25 s → see the commit for the new figure).
import { build } from 'esbuild';

await build({
  entryPoints: {
    cli: 'dist/cli.js',
    'render-worker': 'dist/batch/render-worker.js',
    'extract-worker': 'dist/extract/extract-worker.js',
  },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'linked',
  logLevel: 'warning',
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
});
