import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The installed package's root folder (where rubrics/, templates/ and schema/ live), found by walking up
 * from this module so that it works from src/, dist/ and a bundled single file alike.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'rubricate') {
      root = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('rubricate: cannot find the package root');
    dir = parent;
  }
}

/** Path of a file shipped with the package, e.g. `fromRoot('schema', 'rubric.schema.json')`. */
export function fromRoot(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
