import { readFileSync } from 'node:fs';
import { UserError } from './diagnostics/diagnostic.js';
import { fromRoot } from './paths.js';

/**
 * Entry point, and the only module that sets exit codes: 0 ok, 1 findings, 2 usage, input or I/O error
 * (0 when standard output is a pipe whose reader stopped early, as `| head` does).
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

/** A reader that stops early (`rubricate extract big.pdf | head -1`) closes the pipe: stop, quietly. */
function isClosedPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

process.stdout.on('error', (error) => {
  if (!isClosedPipe(error))
    process.stderr.write(`rubricate: cannot write to standard output: ${error.message}\n`);
  process.exit(isClosedPipe(error) ? 0 : 2);
});

try {
  await run(process.argv.slice(2));
} catch (error) {
  const { colors } = await import('./colors.js');
  if (isClosedPipe(error)) {
    process.exitCode = 0;
  } else if ((error as { code?: string })?.code?.startsWith('commander.')) {
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
