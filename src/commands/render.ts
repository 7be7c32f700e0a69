import { readFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import { buildDocument, offeredKinds, WORKSHEET_KINDS } from '../document/build-document.js';
import type { WorksheetKind } from '../document/model.js';
import { PAGE_SIZE_NAMES, parsePageSize } from '../document/page-setup.js';
import { writeOutput } from '../io/write-output.js';
import { loadRubric } from '../rubric/load-rubric.js';
import { resolveRubricPath } from '../rubric/registry.js';
import { FORMATS, type Format, formatFromPath, parseFormat, writeDocument } from '../writers/index.js';
import { collectSet, readValuesFile } from './values.js';

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
}

/** `rubricate render`: one rubric → one fillable worksheet. */
export function registerRender(program: Command): void {
  program
    .command('render')
    .description('render a rubric as a fillable worksheet (PDF, DOCX, HTML or Markdown)')
    .argument('<rubric>', 'rubric id, year (2020, 2021, 2025) or path to a YAML file')
    .addOption(
      new Option(
        '-k, --kind <kind>',
        'worksheet kind (default: self-assessment, else the first the rubric offers)',
      ).choices(WORKSHEET_KINDS),
    )
    .addOption(
      new Option('-f, --format <format>', 'output format (default: from the -o extension, else pdf)').choices(
        [...FORMATS, 'markdown'],
      ),
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
    .addHelpText(
      'after',
      `
Examples:
  $ rubricate render 2025 --kind self-assessment -o worksheet.pdf
  $ rubricate render 2021 --kind action-plan --set district="Peñasco ISD" --set date=2026-03-01 -o plan.docx
  $ rubricate render 2025 --kind large-chart --page-size tabloid -o charts.pdf
  $ rubricate render 2020 -f md -o -              # Markdown to standard output
  $ cp templates/self-assessment.hbs mine.hbs && rubricate render 2020 --template mine.hbs -o mine.pdf`,
    )
    .action(async (name: string, options: RenderOptions) => {
      const { loaded, diagnostics } = await loadRubric(resolveRubricPath(name));
      if (!loaded)
        throw new UserError(`the rubric is invalid; run rubricate validate ${name}`, 2, diagnostics);
      const { rubric } = loaded;
      const kind = (options.kind ?? defaultKind(offeredKinds(rubric))) as WorksheetKind;
      const format: Format = options.format
        ? parseFormat(options.format)
        : (options.output && formatFromPath(options.output)) || defaultFormat();
      const values = { ...(options.data ? readValuesFile(options.data) : {}), ...(options.set ?? {}) };
      const model = buildDocument(rubric, {
        kind,
        values,
        ...(options.pageSize ? { pageSize: parsePageSize(options.pageSize) } : {}),
        ...(options.landscape ? { landscape: true } : {}),
        ...(options.template ? { template: options.template } : {}),
      });
      const fonts = (options.font ?? []).map(readFont);
      const bytes = await writeDocument(format, model, { fonts });
      const output = options.output ?? `${rubric.id}-${kind}.${format}`;
      await writeOutput(output, bytes, { force: options.force ?? false });
      if (output !== '-') process.stderr.write(`wrote ${output}\n`);
    });
}

function defaultKind(kinds: WorksheetKind[]): WorksheetKind {
  return kinds.includes('self-assessment') ? 'self-assessment' : kinds[0]!;
}

function defaultFormat(): Format {
  return FORMATS.includes('pdf' as Format) ? ('pdf' as Format) : FORMATS[0]!;
}

function readFont(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch {
    throw new UserError(`cannot read font ${path}`);
  }
}
