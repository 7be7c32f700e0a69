import type { Command } from 'commander';
import { formatDiagnostic } from '../diagnostics/format.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { writeOutput } from '../io/write-output.js';

interface TrendOptions {
  crosswalk?: string[];
  label?: string[];
  rubric?: string[];
  format?: string;
  output: string;
  allowMixed?: boolean;
  latest?: boolean;
  force?: boolean;
}

const repeat = (value: string, previous: string[] = []) => [...previous, value];

/** `rubricate trend`: three or more rounds, oldest first → each ingredient's mean per round. */
export function registerTrend(program: Command): void {
  program
    .command('trend')
    .description('follow each ingredient over three or more rounds, across editions through crosswalks')
    .argument('<round...>', 'each round: a folder or a glob of one edition\u2019s responses, oldest first')
    .option(
      '--crosswalk <file.yaml>',
      'a crosswalk joining two editions (rubricate diff --crosswalk); repeatable',
      repeat,
    )
    .option(
      '--label <label>',
      'the name of each round, in order (default: the folder name); repeatable',
      repeat,
    )
    .option(
      '-f, --format <format>',
      'text, md, json, csv or html (default: from the -o extension, else text)',
    )
    .option('-o, --output <file>', 'output file, or - for standard output', '-')
    .option(
      '--rubric <file.yaml>',
      'the rubric file of rounds that answer a rubric rubricate does not ship (matched by id and edition); repeatable',
      repeat,
    )
    .option('--allow-mixed', 'pool responses from different districts or schools within a round on purpose')
    .option('--latest', 'when one respondent handed in two different worksheets in a round, keep the newer')
    .option('--force', 'overwrite the output file if it exists')
    .addHelpText(
      'after',
      `
Every round is shown on the last round's edition: an earlier edition's items are carried over through
the crosswalks given (chained, e.g. 2020 → 2021 → 2025), else through the reviewed crosswalks shipped
in rubrics/crosswalks/. For two rounds use rubricate score --baseline
(one edition) or --crosswalk (two editions). The JSON shape is schema/trend.schema.json (docs/report.md).

Examples:
  $ rubricate trend rounds/2020 rounds/2021 rounds/2025 --crosswalk 2020-2021.yaml --crosswalk 2021-2025.yaml
  $ rubricate trend 'fall-2025/*.pdf' 'spring-2026/*.pdf' 'fall-2026/*.pdf' --label "Fall 25" --label "Spring 26" --label "Fall 26" -o trend.html`,
    )
    .action(async (rounds: string[], options: TrendOptions) => {
      const [{ scoreTrend }, { trendFormat, writeTrend }] = await Promise.all([
        import('../score/trend.js'),
        import('../report/trend/write-trend.js'),
      ]);
      const format = trendFormat(options.format, options.output);
      const { trend, warnings } = await scoreTrend(rounds, {
        crosswalks: options.crosswalk ?? [],
        labels: options.label ?? [],
        rubrics: options.rubric ?? [],
        allowMixed: options.allowMixed ?? false,
        latest: options.latest ?? false,
      });
      for (const warning of warnings) process.stderr.write(`${formatDiagnostic(warning)}\n`);
      await writeOutput(options.output, await writeTrend(format, trend), { force: options.force ?? false });
      if (options.output !== '-') process.stderr.write(`wrote ${sanitizeForDisplay(options.output, 200)}\n`);
    });
}
