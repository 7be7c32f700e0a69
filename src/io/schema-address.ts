import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fromRoot } from '../paths.js';

/**
 * Where a file written to `output` finds a schema shipped with rubricate (`responses.schema.json`, …), as
 * its yaml-language-server modeline names it: relative to the output file's folder when the package is
 * near, else the absolute path (also for standard output, `-`). Either resolves on the user's machine,
 * unlike a web address nobody serves.
 */
export function schemaAddress(schemaFile: string, output: string): string {
  const schema = fromRoot('schema', schemaFile);
  if (output === '-') return schema.split(sep).join('/');
  const path = relative(dirname(resolve(output)), schema);
  // A path climbing out to the file system's root is less readable than the absolute one.
  const climbs = path.split(sep).filter((part) => part === '..').length;
  return isAbsolute(path) || climbs > 3 ? schema.split(sep).join('/') : path.split(sep).join('/');
}

/** The modeline that makes editors (yaml-language-server) check a file against that schema. */
export function schemaModeline(address: string): string {
  return `# yaml-language-server: $schema=${address}`;
}
