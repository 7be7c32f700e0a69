import type { Command } from 'commander';
import { colors } from '../colors.js';
import { UserError } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { writeOutput } from '../io/write-output.js';
import { isDate } from '../score/action-plan-view.js';
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
      'text, md, json, csv, html, pdf or docx (default: from the -o extension, else text)',
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
    .option('--no-recommendations', 'leave out the recommended actions for the weakest ingredients')
    .option('--force', 'overwrite the output file if it exists')
    .addHelpText(
      'after',
      `
Every input must answer the same rubric edition, unless --crosswalk joins two editions: the report then
scores the newer edition's responses and compares them with the older ones'. The JSON shape, the
formulas and the CSV columns are documented in docs/report.md.
Exit status: 0 ok, 1 a --fail-under or --require-complete check failed (why on stderr; the report is
still written), 2 an input could not be read or does not fit the rubric.

Examples:
  $ rubricate score examples/2025-team
  $ rubricate score examples/2025-team --format md > comment.md
  $ rubricate score 'responses/**/*.yaml' -o report.json --fail-under 2.5 --fail-under actionable-data=3
  $ rubricate score examples/2021-action-plan.yaml --as-of 2026-03-01
  $ rubricate score old/*.yaml new/*.yaml --crosswalk 2020-to-2025.yaml`,
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
        asOf: asOfDate(options.asOf),
        recommendations: options.recommendations,
      });
      for (const warning of warnings) process.stderr.write(`${formatDiagnostic(warning)}\n`);
      const failures = checkThresholds(report, thresholds, options.requireComplete ?? false);
      const color = options.output === '-' && format === 'text' && colors.level > 0;
      await writeOutput(options.output, await writeReport(format, report, { color }), {
        force: options.force ?? false,
      });
      if (options.output !== '-') process.stderr.write(`wrote ${sanitizeForDisplay(options.output, 200)}\n`);
      if (failures.length > 0)
        throw new UserError(`the report does not pass:\n${failures.map((f) => `  - ${f}`).join('\n')}`, 1);
    });
}

/** --as-of as given (a real YYYY-MM-DD date), else today in UTC. */
function asOfDate(value: string | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  if (!isDate(value))
    throw new UserError(`--as-of takes a date as YYYY-MM-DD, not "${sanitizeForDisplay(value, 40)}"`);
  return value;
}
