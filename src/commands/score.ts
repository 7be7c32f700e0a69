import type { Command } from 'commander';
import { colors } from '../colors.js';
import { UserError } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { writeOutput } from '../io/write-output.js';
import { isDate } from '../score/action-plan-view.js';
import { GROUP_BY, type GroupBy } from '../score/check-pooling.js';
import { checkThresholds, parseThreshold } from '../score/check-thresholds.js';
import { scoreInputs } from '../score/score-inputs.js';

interface ScoreOptions {
  rubric?: string;
  format?: string;
  output: string;
  asOf?: string;
  failUnder?: string[];
  requireComplete?: boolean;
  crosswalk?: string;
  baseline?: string[];
  groupBy?: string;
  allowMixed?: boolean;
  latest?: boolean;
  recommendations: boolean;
  force?: boolean;
}

/** `rubricate score`: responses (YAML, or filled PDF/DOCX/HTML worksheets) → a report; CI checks. */
export function registerScore(program: Command): void {
  program
    .command('score')
    .description('score responses into a report: per ingredient, per item, the team view and the action plan')
    .argument('<input...>', 'responses YAML, filled PDF/DOCX/HTML worksheets, folders or globs')
    .option('--rubric <rubric>', 'rubric id, year or YAML file (default: the one the responses name)')
    .option(
      '-f, --format <format>',
      'text, md, json, csv (one row per answer), csv-wide (one row per respondent), html, pdf or docx (default: from the -o extension, else text)',
    )
    .option('-o, --output <file>', 'output file, or - for standard output', '-')
    .option(
      '--as-of <date>',
      'count action-plan entries overdue on this day, YYYY-MM-DD (default: today, UTC)',
    )
    .option(
      '--fail-under <score>',
      'exit 1 when the overall mean, or ingredient=SCORE an ingredient mean, is below SCORE (repeatable)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--require-complete', 'exit 1 when any respondent left an item unrated')
    .option(
      '--crosswalk <file.yaml>',
      'inputs answer two editions joined by this crosswalk (rubricate diff --crosswalk)',
    )
    .option(
      '--baseline <input...>',
      'compare with an earlier round of the same edition: its responses, folders or globs',
    )
    .option('--group-by <what>', 'one section per district, school or team, and a roll-up across them')
    .option('--allow-mixed', 'pool responses from different districts or schools on purpose')
    .option('--latest', 'when one respondent handed in two different worksheets, keep the newer by date')
    .option('--no-recommendations', 'leave out the recommended actions for the weakest ingredients')
    .option('--force', 'overwrite the output file if it exists')
    .addHelpText(
      'after',
      `
Every input must answer the same rubric edition, unless --crosswalk joins two editions: the report then
scores the newer edition's responses and compares them with the older ones'. Inputs from different
districts (or schools) are refused unless --group-by or --allow-mixed; the same worksheet given twice
counts once. The JSON shape, the formulas and the CSV columns are documented in docs/report.md.
Exit status: 0 ok, 1 a --fail-under or --require-complete check failed (why on stderr; the report is
still written), 2 an input could not be read or does not fit the rubric.

Examples:
  $ rubricate score examples/2025-team
  $ rubricate score examples/2025-team --format md > comment.md
  $ rubricate score 'responses/**/*.yaml' -o report.json --fail-under 2.5 --fail-under actionable-data=3
  $ rubricate score examples/2021-action-plan.yaml --as-of 2026-03-01
  $ rubricate score old/*.yaml new/*.yaml --crosswalk 2020-to-2025.yaml
  $ rubricate score spring-2026/ --baseline fall-2025/
  $ rubricate score 'districts/**/*.pdf' --group-by district -o portfolio.html`,
    )
    .action(async (inputs: string[], options: ScoreOptions) => {
      const { parseReportFormat, reportFormatFromPath, writeReport } = await import('../report/index.js');
      const format = options.format
        ? parseReportFormat(options.format)
        : (reportFormatFromPath(options.output) ?? 'text');
      const thresholds = (options.failUnder ?? []).map(parseThreshold);
      const { report, warnings } = await scoreInputs(inputs, {
        ...(options.rubric ? { rubric: options.rubric } : {}),
        ...(options.crosswalk ? { crosswalk: options.crosswalk } : {}),
        ...(options.baseline ? { baseline: options.baseline } : {}),
        ...(options.groupBy ? { groupBy: groupBy(options.groupBy) } : {}),
        allowMixed: options.allowMixed ?? false,
        latest: options.latest ?? false,
        asOf: asOfDate(options.asOf),
        recommendations: options.recommendations,
      });
      for (const warning of warnings) process.stderr.write(`${formatDiagnostic(warning)}\n`);
      const requireComplete = options.requireComplete ?? false;
      const failures =
        'groups' in report
          ? report.groups.flatMap((g) =>
              checkThresholds(g.report, thresholds, requireComplete).map(
                (f) => `${sanitizeForDisplay(g.label, 80)}: ${f}`,
              ),
            )
          : checkThresholds(report, thresholds, requireComplete);
      const color = options.output === '-' && format === 'text' && colors.level > 0;
      await writeOutput(options.output, await writeReport(format, report, { color }), {
        force: options.force ?? false,
      });
      if (options.output !== '-') process.stderr.write(`wrote ${sanitizeForDisplay(options.output, 200)}\n`);
      if (failures.length > 0)
        throw new UserError(`the report does not pass:\n${failures.map((f) => `  - ${f}`).join('\n')}`, 1);
    });
}

function groupBy(value: string): GroupBy {
  if ((GROUP_BY as readonly string[]).includes(value)) return value as GroupBy;
  throw new UserError(`--group-by takes ${GROUP_BY.join(', ')}, not "${sanitizeForDisplay(value, 40)}"`);
}

/** --as-of as given (a real YYYY-MM-DD date), else today in UTC. */
function asOfDate(value: string | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  if (!isDate(value))
    throw new UserError(`--as-of takes a date as YYYY-MM-DD, not "${sanitizeForDisplay(value, 40)}"`);
  return value;
}
