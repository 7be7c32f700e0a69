import { readFileSync } from 'node:fs';
import { UserError } from './diagnostics/diagnostic.js';
import { fromRoot } from './paths.js';

/**
 * Entry point, and the only module that sets exit codes: 0 ok, 1 findings, 2 usage, input or I/O error.
 * `--version` answers without loading anything else; every other command loads the program lazily.
 */
async function run(args: string[]): Promise<void> {
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    process.stdout.write(`${JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')).version}\n`);
    return;
  }
  const { main } = await import('./program.js');
  await main(process.argv);
}

try {
  await run(process.argv.slice(2));
} catch (error) {
  const { colors } = await import('./colors.js');
  if ((error as { code?: string })?.code?.startsWith('commander.')) {
    const exitCode = (error as { exitCode: number }).exitCode;
    process.exitCode = exitCode === 0 ? 0 : 2;
  } else if (error instanceof UserError) {
    const { formatDiagnostic } = await import('./diagnostics/format.js');
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
