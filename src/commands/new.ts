import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { schemaAddress } from '../io/schema-address.js';
import { writeOutput } from '../io/write-output.js';
import { parseRubric } from '../rubric/parse-rubric.js';
import { SCALE_PRESETS } from '../rubric/scale-presets.js';
import { slug, starterRubric } from '../rubric/starter-rubric.js';

interface NewOptions {
  title?: string;
  sections: string;
  items: string;
  scale: string;
  noun?: string;
  force?: boolean;
}

const MAX_SECTIONS = 50;
const MAX_ITEMS = 50;

/** `rubricate new FILE.yaml`: a valid, commented rubric to start from. */
export function registerNew(program: Command): void {
  program
    .command('new')
    .description('start a new rubric: a valid, commented YAML file with placeholder items')
    .argument('<file>', 'the rubric file to write (.yaml), or - for standard output')
    .option('--title <text>', 'the rubric title (default: from the file name)')
    .option('--sections <names|count>', 'section titles separated by commas, or how many sections', '3')
    .option('--items <count>', 'placeholder items per section', '3')
    .option('--scale <preset>', `rating scale: ${Object.keys(SCALE_PRESETS).join(', ')}`, 'four-level')
    .option('--noun <word>', 'what a section is called on worksheets and in reports (default: ingredient)')
    .option('--force', 'overwrite the file if it exists')
    .addHelpText(
      'after',
      `
Never overwrites a file unless --force is given. The file starts with a yaml-language-server comment
pointing at the rubric schema shipped with rubricate, so editors complete and check it.
docs/authoring.md walks from this file to a rendered worksheet.

Examples:
  $ rubricate new my-rubric.yaml --title "School Climate Review" --sections "Safety,Belonging,Voice"
  $ rubricate new standards.yaml --sections 5 --scale five-level --noun standard
  $ rubricate validate my-rubric.yaml && rubricate render my-rubric.yaml -o my-rubric.pdf`,
    )
    .action(async (file: string, options: NewOptions) => {
      const text = starterRubric({
        id: slug(file === '-' ? '' : basename(file, extname(file))) || 'my-rubric',
        title: options.title ?? titleFromFile(file),
        sections: parseSections(options.sections),
        itemsPerSection: parseCount('--items', options.items, MAX_ITEMS),
        levels: parseScale(options.scale),
        ...(options.noun === undefined ? {} : { noun: parseNoun(options.noun) }),
        schema: schemaAddress('rubric.schema.json', file),
        date: new Date().toISOString().slice(0, 10),
      });
      // The options can still make an invalid rubric (a title of 5,000 characters): say so, write nothing.
      const { diagnostics } = parseRubric(new TextEncoder().encode(text), file);
      if (diagnostics.length > 0)
        throw new UserError(`the options make an invalid rubric: ${diagnostics[0]!.message}`);
      await writeOutput(file, text, { force: options.force ?? false });
      if (file !== '-') process.stderr.write(`wrote ${sanitizeForDisplay(file, 200)}\n`);
    });
}

function titleFromFile(file: string): string {
  const words = (file === '-' ? '' : basename(file, extname(file))).replace(/[-_]+/g, ' ').trim();
  return words ? words.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : 'My Rubric';
}

function parseSections(value: string): string[] {
  if (/^\s*\d+\s*$/.test(value))
    return Array.from(
      { length: parseCount('--sections', value, MAX_SECTIONS) },
      (_, i) => `Section ${i + 1}`,
    );
  const titles = value.split(',').map((t) => t.trim());
  if (titles.some((t) => t === ''))
    throw new UserError(`--sections has an empty name: "${sanitizeForDisplay(value, 80)}"`);
  if (titles.length > MAX_SECTIONS)
    throw new UserError(`--sections names more than ${MAX_SECTIONS} sections`);
  return titles;
}

function parseCount(option: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UserError(
      `${option} must be a whole number from 1 to ${max}, not "${sanitizeForDisplay(value, 40)}"`,
    );
  return n;
}

function parseScale(name: string) {
  const levels = SCALE_PRESETS[name];
  if (!levels || !Object.hasOwn(SCALE_PRESETS, name))
    throw new UserError(
      `unknown --scale "${sanitizeForDisplay(name, 40)}"; choose one of ${Object.keys(SCALE_PRESETS).join(', ')}`,
    );
  return levels;
}

function parseNoun(word: string): string {
  const noun = word.trim();
  if (!/^\p{L}[\p{L} -]{0,38}$/u.test(noun))
    throw new UserError(
      `--noun must be a word such as domain or standard, not "${sanitizeForDisplay(word, 40)}"`,
    );
  return noun.toLowerCase();
}
