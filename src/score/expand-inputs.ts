import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';

/** Extensions of the inputs score reads from a folder or a glob. */
export const INPUT_EXTENSIONS = ['.yaml', '.yml', '.pdf', '.docx', '.html', '.htm'];

const GLOB = /[*?[]/;

/**
 * The input files named on the command line, in order: a file as given, a folder as the inputs directly in
 * it, a glob (`*`, `?`, `[abc]`, `**`; for shells that do not expand them) as the files it matches. Folders
 * and globs are sorted by name; a file named twice is read once. Throws when a folder or glob matches none.
 */
export function expandInputs(args: readonly string[]): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    const found = GLOB.test(arg) ? expandGlob(arg) : isFolder(arg) ? inputsIn(arg) : [arg];
    if (found.length === 0)
      throw new UserError(
        `${sanitizeForDisplay(arg, 200)} matches no responses (${INPUT_EXTENSIONS.join(', ')})`,
      );
    for (const file of found) {
      if (seen.has(file)) continue;
      seen.add(file);
      files.push(file);
    }
  }
  return files;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function inputsIn(folder: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  // The entry types save a stat per file; only symbolic links are looked at again.
  return entries
    .filter((e) => INPUT_EXTENSIONS.some((ext) => e.name.toLowerCase().endsWith(ext)))
    .filter((e) => e.isFile() || (e.isSymbolicLink() && !isFolder(join(folder, e.name))))
    .map((e) => e.name)
    .sort()
    .map((name) => join(folder, name));
}

function list(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}

function expandGlob(pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const parts = pattern.split('/').filter((p) => p !== '' && p !== '.');
  let paths = [absolute ? '/' : '.'];
  for (const part of parts) {
    if (part === '**') {
      paths = paths.flatMap((p) => [p, ...foldersBelow(p)]);
    } else if (!GLOB.test(part)) {
      paths = paths.map((p) => join(p, part));
    } else {
      const regex = segmentRegex(part);
      paths = paths.flatMap((p) =>
        list(p)
          .filter((name) => regex.test(name) && !name.startsWith('.'))
          .map((n) => join(p, n)),
      );
    }
  }
  const files = paths.filter((p) => !isFolder(p) && exists(p));
  return [...new Set(files)].sort();
}

function foldersBelow(folder: string, depth = 0): string[] {
  if (depth > 20) return [];
  return list(folder)
    .filter((name) => !name.startsWith('.'))
    .map((name) => join(folder, name))
    .filter(isFolder)
    .flatMap((p) => [p, ...foldersBelow(p, depth + 1)]);
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** One path segment's glob as an anchored regular expression. */
function segmentRegex(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const end = segment.indexOf(']', i + 1);
      if (end < 0) source += '\\[';
      else {
        source += `[${segment
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${source}$`);
  } catch {
    // A range out of order ([z-a]) and the like: the user's pattern, not a bug.
    throw new UserError(
      `"${sanitizeForDisplay(segment, 100)}" is not a valid file pattern (a [range] out of order?)`,
    );
  }
}
