import { type Dirent, lstatSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic, UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';

/** Extensions of the inputs score reads from a folder or a glob. */
export const INPUT_EXTENSIONS = ['.yaml', '.yml', '.pdf', '.docx', '.html', '.htm'];

const GLOB = /[*?[]/;

/**
 * The input files named on the command line, in order: a file as given, a folder as the inputs directly in
 * it, a glob (`*`, `?`, `[abc]`, `**`; for shells that do not expand them) as the files it matches. A path
 * that exists is taken as it is, even when it has glob characters (`team[1].yaml`). Folders and globs are
 * sorted by name; a file named twice is read once. An argument that matches nothing, or a glob that is not
 * valid, is a diagnostic, each one, so that every problem of the command line shows at once.
 */
export function expandInputs(args: readonly string[]): { files: string[]; diagnostics: Diagnostic[] } {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    let found: string[];
    try {
      found = isFolder(arg) ? inputsIn(arg) : GLOB.test(arg) && !exists(arg) ? expandGlob(arg) : [arg];
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      diagnostics.push(argumentProblem(arg, 'input/bad-glob', error.message));
      continue;
    }
    if (found.length === 0) {
      const message = `matches no responses (${INPUT_EXTENSIONS.join(', ')})`;
      diagnostics.push(argumentProblem(arg, 'input/no-match', message));
    }
    for (const file of found) {
      if (seen.has(file)) continue;
      seen.add(file);
      files.push(file);
    }
  }
  return { files, diagnostics };
}

function argumentProblem(arg: string, code: string, message: string): Diagnostic {
  return { file: arg, line: 0, column: 0, severity: 'error', code, message };
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
  const regexes = parts.map((part) => (part !== '**' && GLOB.test(part) ? segmentRegex(part) : undefined));
  let paths = [absolute ? '/' : '.'];
  for (const [index, part] of parts.entries()) {
    const regex = regexes[index];
    if (part === '**') {
      // One walk per glob, sharing what it has seen: a folder reached again (through a link to itself
      // or to a folder above) is not walked again.
      const seen = new Set<string>();
      paths = paths.flatMap((p) => [p, ...foldersBelow(p, seen)]);
    } else if (!regex) {
      paths = paths.map((p) => join(p, part));
    } else {
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

/**
 * Every folder below `folder`, each real folder once: `seen` holds the device:inode of the folders walked,
 * so a link to a folder already walked (itself, one above it, or a sibling) is left out.
 */
function foldersBelow(folder: string, seen: Set<string>, depth = 0): string[] {
  if (depth === 0 && !firstVisit(folder, seen)) return [];
  if (depth > 20) return [];
  return (
    list(folder)
      .filter((name) => !name.startsWith('.'))
      .map((name) => join(folder, name))
      .filter(isFolder)
      // Real folders before links to folders, so a folder is reached by its own name when it can be.
      .sort((a, b) => Number(isLink(a)) - Number(isLink(b)))
      .flatMap((p) => (firstVisit(p, seen) ? [p, ...foldersBelow(p, seen, depth + 1)] : []))
  );
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** True the first time a real folder is met (by device and inode), false after, or when it cannot be read. */
function firstVisit(path: string, seen: Set<string>): boolean {
  let id: string;
  try {
    const stat = statSync(path);
    id = `${stat.dev}:${stat.ino}`;
  } catch {
    return false;
  }
  if (seen.has(id)) return false;
  seen.add(id);
  return true;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** One path segment's glob as an anchored regular expression; a UserError when it is not a valid glob. */
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
    throw new UserError(
      `not a valid glob: a [...] range in "${sanitizeForDisplay(segment, 100)}" runs backwards or is malformed (write ranges first to last, as in [a-z])`,
    );
  }
}
