import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { colors } from './colors.js';
import { COMMANDS } from './commands/index.js';
import { UserError } from './diagnostics/diagnostic.js';
import { formatDiagnostic } from './diagnostics/format.js';
import { fromRoot } from './paths.js';

/** The only module that touches exit codes: 0 ok, 1 findings, 2 usage, input or I/O error. */
async function main(argv: string[]): Promise<void> {
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
  for (const register of COMMANDS) register(program);
  for (const command of program.commands)
    command.exitOverride().showHelpAfterError('(run with --help for usage)');
  await program.parseAsync(argv);
}

try {
  await main(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof UserError) {
    for (const d of error.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    process.stderr.write(`${colors.red('rubricate:')} ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(
      `${colors.red('rubricate: internal error:')} ${(error as Error)?.stack ?? String(error)}\n`,
    );
    process.exitCode = 70;
  }
}
