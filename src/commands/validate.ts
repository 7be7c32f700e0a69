import type { Command } from 'commander';
import { colors } from '../colors.js';
import { type Diagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import { diagnosticsToJson, formatDiagnostic } from '../diagnostics/format.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { loadRubric } from '../rubric/load-rubric.js';
import { resolveRubricPath, shippedRubrics } from '../rubric/registry.js';

/** `rubricate validate`: schema and semantic checks, every problem of every file in one run. */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description(
      'check rubrics against the schema and the semantic rules (all shipped rubrics when none is named)',
    )
    .argument('[rubric...]', 'rubric ids, years or paths to YAML files')
    .option('--json', 'print the diagnostics as a JSON array')
    .addHelpText(
      'after',
      `
Each problem is printed as  file:line:column  error  CODE  message  with the offending line.
Exit status: 0 valid, 1 invalid, 2 usage or I/O error.

Examples:
  $ rubricate validate
  $ rubricate validate 2021 rubrics/my-draft.yaml
  $ rubricate validate my-draft.yaml --json`,
    )
    .action(async (names: string[], options: { json?: boolean }) => {
      const paths = names.length > 0 ? names.map(resolveRubricPath) : [...shippedRubrics().values()];
      const all: Diagnostic[] = [];
      const human: string[] = [];
      for (const path of paths) {
        const { diagnostics, text } = await loadRubric(path);
        all.push(...diagnostics);
        for (const d of diagnostics) human.push(formatDiagnostic(d, text));
        if (!options.json && diagnostics.length === 0)
          human.push(`${colors.green('ok')}  ${sanitizeForDisplay(path, 300)}`);
      }
      if (options.json) process.stdout.write(diagnosticsToJson(all));
      else process.stdout.write(`${human.join('\n')}\n`);
      if (hasErrors(all)) {
        if (!options.json)
          process.stderr.write(`${all.length} problem${all.length === 1 ? '' : 's'} found\n`);
        const unreadable = all.some((d) => d.code === 'input/unreadable');
        process.exitCode = unreadable ? 2 : 1;
      }
    });
}
