import type { Command } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { schemaAddress } from '../io/schema-address.js';
import { writeOutput } from '../io/write-output.js';
import {
  blankResponses,
  CONTEXT_KEYS,
  RESPONDENT_KEYS,
  type ResponsesKind,
} from '../responses/blank-responses.js';
import { rubricNamed } from '../score/gather-inputs.js';
import { collectSet } from './values.js';

const KINDS: ResponsesKind[] = ['self-assessment', 'action-plan', 'large-chart'];
const KEYS = [...RESPONDENT_KEYS, ...CONTEXT_KEYS] as string[];

interface InitOptions {
  kind?: string;
  set?: Record<string, string>;
  output: string;
  force?: boolean;
}

/** `rubricate init`: a blank responses YAML for a rubric, to fill in by hand and score. */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description('write a blank responses file for a rubric, to fill in by hand')
    .argument('<rubric>', 'rubric id, year (2020, 2021, 2025) or path to a YAML file')
    .option(
      '-k, --kind <kind>',
      `worksheet kind: ${KINDS.join(', ')} (default: self-assessment, else the first the rubric offers); action-plan adds the planning columns`,
    )
    .option(
      '-s, --set <key=value>',
      `fill in ${KEYS.join(', ')} (respondent is taken for name; repeatable)`,
      collectSet,
    )
    .option('-o, --output <file>', 'output file, or - for standard output', '-')
    .option('--force', 'overwrite the output file if it exists')
    .addHelpText(
      'after',
      `
The file starts with a yaml-language-server comment pointing at the responses schema shipped with
rubricate (relative to the output file when it is near, else an absolute path, as on standard output), so editors complete and
check it. Standard output is the default, so nothing is overwritten by accident.

Examples:
  $ rubricate init 2025 -o aisha.yaml --set name="Aisha Rahman" --set district="Riverside USD"
  $ rubricate init 2021 --kind action-plan -o plan.yaml
  $ rubricate init 2020 > responses.yaml`,
    )
    .action(async (name: string, options: InitOptions) => {
      const rubric = await rubricNamed(name);
      const offered = Object.keys(rubric.worksheets) as ResponsesKind[];
      const kind = options.kind ? parseKind(options.kind, offered, rubric.id) : defaultKind(offered);
      const text = blankResponses(rubric, {
        kind,
        values: parseValues(options.set ?? {}),
        schema: schemaAddress('responses.schema.json', options.output),
      });
      await writeOutput(options.output, text, { force: options.force ?? false });
      if (options.output !== '-') process.stderr.write(`wrote ${sanitizeForDisplay(options.output, 200)}\n`);
    });
}

function parseKind(value: string, offered: ResponsesKind[], rubric: string): ResponsesKind {
  if (!KINDS.includes(value as ResponsesKind))
    throw new UserError(`unknown kind "${sanitizeForDisplay(value, 40)}"; choose one of ${KINDS.join(', ')}`);
  if (!offered.includes(value as ResponsesKind))
    throw new UserError(
      `rubric ${rubric} does not offer the ${value} worksheet; it offers: ${offered.join(', ')}`,
    );
  return value as ResponsesKind;
}

function defaultKind(offered: ResponsesKind[]): ResponsesKind {
  return offered.includes('self-assessment') ? 'self-assessment' : (offered[0] ?? 'self-assessment');
}

/** The --set values by key, with `respondent` as another name for `name`; unknown keys are refused. */
function parseValues(set: Record<string, string>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(set)) {
    const field = key === 'respondent' ? 'name' : key;
    if (!KEYS.includes(field))
      throw new UserError(
        `--set ${sanitizeForDisplay(key, 40)} is not a responses field; use one of ${KEYS.join(', ')}`,
      );
    values[field] = value;
  }
  return values;
}
