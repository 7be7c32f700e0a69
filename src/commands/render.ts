import { type Command, Option } from 'commander';
import { renderBytes } from '../batch/render-one.js';
import { UserError } from '../diagnostics/diagnostic.js';
import { offeredKinds, WORKSHEET_KINDS } from '../document/build-document.js';
import type { WorksheetKind } from '../document/model.js';
import { PAGE_SIZE_NAMES, parsePageSize } from '../document/page-setup.js';
import { writeOutput } from '../io/write-output.js';
import { rubricHash } from '../rubric/content-hash.js';
import { loadRubric } from '../rubric/load-rubric.js';
import { resolveRubricPath } from '../rubric/registry.js';
import { readFontFile } from '../writers/fonts/read-font-file.js';
import { FORMATS, type Format, formatFromPath, parseFormat } from '../writers/index.js';
import { collectSet } from './values.js';

interface RenderOptions {
  kind?: string;
  format?: string;
  output?: string;
  set?: Record<string, string>;
  data?: string;
  pageSize?: string;
  landscape?: boolean;
  template?: string;
  font?: string[];
  force?: boolean;
  batch?: string;
  outDir?: string;
  name?: string;
  require?: string;
  quiet?: boolean;
}

/** `rubricate render`: one rubric → one fillable worksheet. */
export function registerRender(program: Command): void {
  program
    .command('render')
    .description('render a rubric as a fillable worksheet (PDF, DOCX, HTML or Markdown)')
    .argument('<rubric>', 'rubric id, year (2020, 2021, 2025) or path to a YAML file')
    .option(
      '-k, --kind <kind>',
      `worksheet kind: ${WORKSHEET_KINDS.join(', ')} (default: self-assessment, else the first offered); a comma list with --batch`,
    )
    .option(
      '-f, --format <format>',
      `output format: ${FORMATS.join(', ')} (default: from the -o extension, else pdf); a comma list with --batch`,
    )
    .option(
      '-o, --output <file>',
      'output file, or - for standard output (default: <rubric-id>-<kind>.<format>)',
    )
    .option(
      '-s, --set <key=value>',
      'a template value: district, school, team, date, facilitator, respondent, role (repeatable)',
      collectSet,
    )
    .option('--data <file.yaml>', 'template values from a YAML file (--set wins)')
    .addOption(new Option('--page-size <size>', 'page size').choices(PAGE_SIZE_NAMES))
    .option('--landscape', 'landscape pages')
    .option('--template <file.hbs>', 'use this handlebars template instead of the shipped one')
    .option(
      '--font <file.ttf>',
      'extra font for characters the bundled font lacks (repeatable)',
      (v: string, p: string[] = []) => [...p, v],
    )
    .option('--force', 'overwrite the output file if it exists')
    .option(
      '--batch <file.csv>',
      'render one document per CSV row (header row required; columns become template values)',
    )
    .option('--out-dir <dir>', 'output folder for --batch')
    .option(
      '--name <pattern>',
      'file name pattern for --batch, e.g. "{{district}}-{{kind}}.pdf" (default: {{district}}-{{school}}-{{kind}})',
    )
    .option('--require <columns>', 'comma list of columns every --batch row must fill')
    .option('-q, --quiet', 'no progress bar or summary with --batch')
    .addHelpText(
      'after',
      `
Examples:
  $ rubricate render 2025 --kind self-assessment -o worksheet.pdf
  $ rubricate render 2021 --kind action-plan --set district="Peñasco ISD" --set date=2026-03-01 -o plan.docx
  $ rubricate render 2025 --kind large-chart --page-size tabloid -o charts.pdf
  $ rubricate render 2020 -f md -o -              # Markdown to standard output
  $ rubricate render 2025 --batch districts.csv --out-dir packets --format pdf,docx --kind self-assessment,large-chart
  $ cp templates/self-assessment.hbs mine.hbs && rubricate render 2020 --template mine.hbs -o mine.pdf`,
    )
    .action(async (name: string, options: RenderOptions) => {
      const { loaded, diagnostics } = await loadRubric(resolveRubricPath(name));
      if (!loaded)
        throw new UserError(`the rubric is invalid; run rubricate validate ${name}`, 2, diagnostics);
      const { rubric } = loaded;
      // The YAML parser and the batch machinery load only when asked for: a plain render never pays for them.
      const fromFile = options.data ? (await import('./values-file.js')).readValuesFile(options.data) : {};
      const values = { ...fromFile, ...(options.set ?? {}) };
      const fonts = (options.font ?? []).map(readFontFile);
      if (options.batch) {
        const { renderBatch } = await import('../batch/batch-command.js');
        process.exitCode = await renderBatch({
          rubric,
          rubricPath: loaded.file,
          csv: options.batch,
          outDir: options.outDir ?? requireOption('--out-dir', '--batch'),
          kinds: list(options.kind, parseKind) ?? [defaultKind(offeredKinds(rubric))],
          formats: list(options.format, parseFormat) ?? [defaultFormat()],
          ...(options.name ? { pattern: options.name } : {}),
          required: options.require
            ? options.require
                .split(',')
                .map((c) => c.trim())
                .filter(Boolean)
            : [],
          defaults: values,
          settings: { ...pageOptions(options), fonts },
          force: options.force ?? false,
          quiet: options.quiet ?? false,
        });
        return;
      }
      if (options.outDir || options.name)
        throw new UserError('--out-dir and --name go with --batch; for one document use -o FILE');
      const kind = options.kind ? parseKind(options.kind) : defaultKind(offeredKinds(rubric));
      const format: Format = options.format
        ? parseFormat(options.format)
        : (options.output && formatFromPath(options.output)) || defaultFormat();
      const bytes = await renderBytes(rubric, rubricHash(rubric), kind, format, values, {
        ...pageOptions(options),
        fonts,
      });
      const output = options.output ?? `${rubric.id}-${kind}.${format}`;
      await writeOutput(output, bytes, { force: options.force ?? false });
      if (output !== '-') process.stderr.write(`wrote ${output}\n`);
    });
}

function pageOptions(options: RenderOptions) {
  return {
    ...(options.pageSize ? { pageSize: parsePageSize(options.pageSize) } : {}),
    ...(options.landscape ? { landscape: true } : {}),
    ...(options.template ? { template: options.template } : {}),
  };
}

function parseKind(value: string): WorksheetKind {
  if (!WORKSHEET_KINDS.includes(value as WorksheetKind))
    throw new UserError(`unknown kind "${value}"; choose one of ${WORKSHEET_KINDS.join(', ')}`);
  return value as WorksheetKind;
}

function list<T>(value: string | undefined, parse: (v: string) => T): T[] | undefined {
  if (!value) return undefined;
  return [
    ...new Set(
      value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ].map(parse);
}

function requireOption(option: string, because: string): never {
  throw new UserError(`${option} is required with ${because}`);
}

function defaultKind(kinds: WorksheetKind[]): WorksheetKind {
  return kinds.includes('self-assessment') ? 'self-assessment' : kinds[0]!;
}

function defaultFormat(): Format {
  return FORMATS.includes('pdf' as Format) ? ('pdf' as Format) : FORMATS[0]!;
}
