import type { Command } from 'commander';

type Register = (program: Command) => void;

/**
 * Every subcommand, in the order `--help` lists them: name → a loader of the module that adds it to the
 * program. Only the command being run is loaded, so `rubricate list` never pays for pdf-lib or docx.
 * To add a command: one line here, `name: async () => (await import('./name.js')).registerName,`.
 */
export const COMMANDS: Record<string, () => Promise<Register>> = {
  list: async () => (await import('./list.js')).registerList,
  new: async () => (await import('./new.js')).registerNew,
  validate: async () => (await import('./validate.js')).registerValidate,
  render: async () => (await import('./render.js')).registerRender,
  diff: async () => (await import('./diff.js')).registerDiff,
  extract: async () => (await import('./extract.js')).registerExtract,
  init: async () => (await import('./init.js')).registerInit,
  score: async () => (await import('./score.js')).registerScore,
  trend: async () => (await import('./trend.js')).registerTrend,
};

/** The loaders needed for these arguments: the named command only, or all of them (for help). */
export async function commandsFor(args: readonly string[]): Promise<Register[]> {
  const name = args.find((a) => !a.startsWith('-'));
  const one = name !== undefined && name !== 'help' ? COMMANDS[name] : undefined;
  return Promise.all(one ? [one()] : Object.values(COMMANDS).map((load) => load()));
}
