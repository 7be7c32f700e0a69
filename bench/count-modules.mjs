// `node --import ./bench/count-modules.mjs …`: on exit, writes to $BENCH_MODULES_OUT the files the
// process loaded, one a line: ES modules as the loader's load hook saw them (hooks run on their own
// thread, so it appends each URL to the file as it goes) plus the CommonJS modules left in require.cache.
// Node's own modules (node:*) are not counted. Used by bench/run.mjs to check that startup stays lazy.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin, register } from 'node:module';
import { fileURLToPath } from 'node:url';

const out = process.env.BENCH_MODULES_OUT;
if (out) {
  const esmLog = `${out}.esm`;
  writeFileSync(esmLog, '');
  register('./count-modules-hooks.mjs', import.meta.url, { data: { log: esmLog } });
  const cache = createRequire(import.meta.url).cache;
  process.on('exit', () => {
    const files = new Set();
    for (const url of readFileSync(esmLog, 'utf8').split('\n'))
      if (url.startsWith('file:')) files.add(fileURLToPath(url));
    for (const file of Object.keys(cache)) if (!isBuiltin(file)) files.add(file);
    writeFileSync(out, [...files].sort().join('\n') + (files.size ? '\n' : ''));
  });
}
