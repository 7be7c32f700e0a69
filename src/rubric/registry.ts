import { existsSync, readdirSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { UserError } from '../diagnostics/diagnostic.js';
import { fromRoot } from '../paths.js';

/** The rubrics shipped in the package's rubrics/ folder: id → path. The file name is the id. */
export function shippedRubrics(): Map<string, string> {
  const dir = fromRoot('rubrics');
  const found = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (extname(name) === '.yaml') found.set(basename(name, '.yaml'), fromRoot('rubrics', name));
  }
  return found;
}

/**
 * Resolves what a user typed to name a rubric: a path to a YAML file, a shipped rubric's id
 * (`2021-planning`), or a year alone (`2021`).
 */
export function resolveRubricPath(name: string): string {
  if (/[\\/]/.test(name) || /\.ya?ml$/i.test(name)) {
    if (!existsSync(name)) throw new UserError(`rubric file not found: ${name}`);
    return name;
  }
  const shipped = shippedRubrics();
  const byId = shipped.get(name);
  if (byId) return byId;
  if (/^\d{4}$/.test(name)) {
    const matches = [...shipped.keys()].filter((id) => id.startsWith(`${name}-`));
    if (matches.length === 1) return shipped.get(matches[0]!)!;
    if (matches.length > 1)
      throw new UserError(`"${name}" matches several rubrics: ${matches.join(', ')}; name one by id`);
  }
  if (existsSync(name)) return name;
  throw new UserError(
    `unknown rubric "${name}"; shipped rubrics: ${[...shipped.keys()].join(', ')} (or give a path to a YAML file)`,
  );
}
