import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { colors } from './colors.js';
import { commandsFor } from './commands/index.js';
import { fromRoot } from './paths.js';

/** Builds the commander program with the commands these arguments need, and runs it. */
export async function main(argv: string[]): Promise<void> {
  const version = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')).version as string;
  const program = new Command('rubricate')
    .description(
      'Keep assessment rubrics as YAML; render fillable worksheets, score the answers, diff versions.',
    )
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(colors.red(text)) })
    .addHelpText(
      'after',
      `
Examples:
  $ rubricate list
  $ rubricate validate
  $ rubricate render 2025 --kind self-assessment -o worksheet.pdf`,
    );
  for (const register of await commandsFor(argv.slice(2))) register(program);
  for (const command of program.commands)
    command.exitOverride().showHelpAfterError('(run with --help for usage)');
  await program.parseAsync(argv);
}
