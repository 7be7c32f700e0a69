import type { Command } from 'commander';
import { colors } from '../colors.js';
import { UserError } from '../diagnostics/diagnostic.js';
import { loadRubric } from '../rubric/load-rubric.js';
import { shippedRubrics } from '../rubric/registry.js';
import { rubricSummary } from '../rubric/summary.js';

/** `rubricate list`: the shipped rubrics with their counts. */
export function registerList(program: Command): void {
  program
    .command('list')
    .description('list the shipped rubrics with id, title, edition, sections and items')
    .option('--json', 'print a JSON array')
    .addHelpText(
      'after',
      "\nExamples:\n  $ rubricate list\n  $ rubricate list --json | jq '.[] | {id, items}'",
    )
    .action(async (options: { json?: boolean }) => {
      const summaries = [];
      for (const [id, path] of shippedRubrics()) {
        const { loaded, diagnostics } = await loadRubric(path);
        if (!loaded)
          throw new UserError(
            `shipped rubric ${id} is invalid; run rubricate validate ${path}`,
            2,
            diagnostics,
          );
        summaries.push(rubricSummary(loaded.rubric));
      }
      if (options.json) {
        process.stdout.write(`${JSON.stringify(summaries, null, 2)}\n`);
        return;
      }
      const rows = summaries.map((s) => [
        s.id,
        s.edition,
        String(s.sections),
        String(s.items),
        String(s.priorityItems),
        s.worksheets.join(', '),
        s.title,
      ]);
      const head = ['ID', 'EDITION', 'SECTIONS', 'ITEMS', 'PRIORITY', 'WORKSHEETS', 'TITLE'];
      const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
      const line = (cells: string[]) =>
        cells.map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ');
      process.stdout.write(`${colors.bold(line(head))}\n${rows.map(line).join('\n')}\n`);
    });
}
