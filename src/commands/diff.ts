import { type Command, Option } from 'commander';
import { colors } from '../colors.js';
import { crosswalkFromDiff } from '../crosswalk/crosswalk-from-diff.js';
import { crosswalkTexts, crosswalkToYaml } from '../crosswalk/crosswalk-to-yaml.js';
import { UserError } from '../diagnostics/diagnostic.js';
import { DEFAULT_THRESHOLD, diffRubrics } from '../diff/diff-rubrics.js';
import { type Paint, PLAIN_PAINT } from '../diff/paint.js';
import { renderDiff } from '../diff/render-diff.js';
import { type DiffFormat, renderStat } from '../diff/render-stat.js';
import { schemaAddress, schemaModeline } from '../io/schema-address.js';
import { writeOutput } from '../io/write-output.js';
import { loadRubric } from '../rubric/load-rubric.js';
import { resolveRubricPath } from '../rubric/registry.js';
import type { Rubric } from '../rubric/rubric.generated.js';

interface DiffOptions {
  format: DiffFormat;
  stat?: boolean;
  output?: string;
  threshold: string;
  crosswalk?: string;
  force?: boolean;
}

/** `rubricate diff`: what changed between two rubric editions; exit 0 same, 1 different, 2 error. */
export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('show what changed between two rubrics, item by item and word by word')
    .argument('<old>', 'the older rubric: id, year or path to a YAML file')
    .argument('<new>', 'the newer rubric: id, year or path to a YAML file')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'md', 'json', 'html'])
        .default('text'),
    )
    .option('--stat', 'only counts per kind of change and per ingredient')
    .option('-o, --output <file>', 'write the report to a file (- for standard output)', '-')
    .option(
      '-t, --threshold <0..1>',
      'similarity two wordings need to count as the same item',
      String(DEFAULT_THRESHOLD),
    )
    .option('--crosswalk <file.yaml>', 'also write the alignment as an editable crosswalk')
    .option('--force', 'overwrite the output and crosswalk files if they exist')
    .addHelpText(
      'after',
      `
Items are aligned by wording across the whole rubric (ids only break ties), so reworded, renumbered,
moved, split and merged items are found. Exit status: 0 same, 1 different, 2 error.

Examples:
  $ rubricate diff 2020 2021
  $ rubricate diff 2021 2025 --stat
  $ rubricate diff 2021 2025 --format md > CHANGES.md
  $ rubricate diff 2020 2025 --format html -o diff.html --crosswalk 2020-to-2025.yaml`,
    )
    .action(async (oldName: string, newName: string, options: DiffOptions) => {
      const threshold = parseThreshold(options.threshold);
      const [older, newer] = [await rubricNamed(oldName), await rubricNamed(newName)];
      const diff = diffRubrics(older, newer, { threshold });
      const toTerminal = options.output === '-' && options.format === 'text';
      const paint: Paint = toTerminal && colors.level > 0 ? colourPaint() : PLAIN_PAINT;
      const report = options.stat
        ? renderStat(diff, options.format)
        : renderDiff(diff, options.format, paint);
      if (options.crosswalk)
        await writeOutput(
          options.crosswalk,
          `${schemaModeline(schemaAddress('crosswalk.schema.json', options.crosswalk))}\n${crosswalkToYaml(crosswalkFromDiff(diff, older, newer), crosswalkTexts(older, newer))}`,
          {
            force: options.force,
          },
        );
      await writeOutput(options.output ?? '-', report, { force: options.force });
      if (!diff.identical) process.exitCode = 1;
    });
}

async function rubricNamed(name: string): Promise<Rubric> {
  const path = resolveRubricPath(name);
  const { loaded, diagnostics } = await loadRubric(path);
  if (!loaded) throw new UserError(`${path} is not a valid rubric`, 2, diagnostics);
  return loaded.rubric;
}

function parseThreshold(text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1)
    throw new UserError(`--threshold must be a number from 0 to 1, not "${text}"`);
  return value;
}

function colourPaint(): Paint {
  return {
    removed: (t) => colors.red.strikethrough(t),
    added: (t) => colors.green.underline(t),
    heading: (t) => colors.bold(t),
    dim: (t) => colors.dim(t),
  };
}
