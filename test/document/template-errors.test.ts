import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build-document.js';
import { markupToModel } from '../../src/document/markup-to-model.js';
import { loadRubric } from '../../src/rubric/load-rubric.js';
import type { Rubric } from '../../src/rubric/rubric.generated.js';
import { ROOT, runCli } from '../helpers/cli.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-template-errors-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
const SHIPPED = readFileSync(join(ROOT, 'templates', 'self-assessment.hbs'), 'utf8');
let rubric: Rubric;
beforeAll(async () => {
  rubric = (await loadRubric(join(ROOT, 'rubrics', '2025-large-chart.yaml'))).loaded!.rubric;
});

/** The shipped template with one edit, written to a file; returns its path and the edit's line. */
function edited(name: string, from: string, to: string): { path: string; line: number } {
  expect(SHIPPED.includes(from), from).toBe(true);
  const source = SHIPPED.replace(from, to);
  const path = join(DIR, `${name}.hbs`);
  writeFileSync(path, source);
  return { path, line: source.slice(0, source.indexOf(to)).split('\n').length };
}

/** The 1-based column of a piece of text on a line of a template file. */
function columnOf(path: string, line: number, text: string): number {
  const source = readFileSync(path, 'utf8').split('\n')[line - 1]!;
  expect(source).toContain(text);
  return source.indexOf(text) + 1;
}

/** The error buildDocument gives for a template (and values). */
function errorOf(template: string, values: Record<string, string> = {}): string {
  try {
    buildDocument(rubric, { kind: 'self-assessment', template, values });
  } catch (error) {
    expect((error as Error).name).toBe('UserError');
    return (error as Error).message;
  }
  throw new Error('no error');
}

const H1 = '  <h1>{{rubric.title}}</h1>';

describe('template errors name the template line and column', () => {
  it('a misspelt variable', () => {
    const { path, line } = edited('titel', H1, '  <h1>{{rubric.titel}}</h1>');
    expect(errorOf(path)).toBe(
      `template ${path}:${line}:9: unknown variable rubric.titel; docs/templates.md lists the variables a template can use`,
    );
  });

  it('a path through a missing name, and a misspelt @root', () => {
    const deep = edited('deep', H1, '  <h1>{{rubric.edition.labels.first}}</h1>');
    expect(errorOf(deep.path)).toBe(
      `template ${deep.path}:${deep.line}:9: unknown variable rubric.edition.labels.first; docs/templates.md lists the variables a template can use`,
    );
    const data = edited(
      'data',
      '{{#each @root.rubric.scale.levels}}<td align',
      '{{#each @rot.rubric.scale.levels}}<td align',
    );
    expect(errorOf(data.path)).toBe(
      `template ${data.path}:${data.line}:${columnOf(data.path, data.line, '@rot')}: unknown variable @rot.rubric.scale.levels; docs/templates.md lists the variables a template can use`,
    );
  });

  it('a missing value is blank, not an error (values.anything is always defined)', () => {
    const { path } = edited('anyvalue', H1, '  <h1>{{rubric.title}} {{values.region}}</h1>');
    const model = buildDocument(rubric, { kind: 'self-assessment', template: path });
    expect(model.sections[0]!.blocks[0]).toMatchObject({ type: 'heading', runs: [{ text: rubric.title }] });
  });

  it('an unclosed <h1> followed by more blocks, reported at the <h1>', () => {
    const { path, line } = edited('unclosed', H1, '  <h1>{{rubric.title}}');
    expect(errorOf(path)).toBe(
      `template ${path}:${line}:3: unclosed <h1>: a <h2> cannot go inside it; close it with </h1> first`,
    );
  });

  it('an unclosed <h1> at the end of its section, reported at the <h1>', () => {
    const path = join(DIR, 'unclosed-end.hbs');
    writeFileSync(path, '<document>\n<section>\n  <p>ok</p>\n  <h1>Title\n</section>\n</document>\n');
    expect(errorOf(path)).toBe(`template ${path}:4:3: unclosed <h1>: </section> comes before its </h1>`);
  });

  it('a bare & in the template, with the fix', () => {
    const { path, line } = edited('amp', H1, '  <h1>Tom & Jerry</h1>');
    expect(errorOf(path)).toBe(
      `template ${path}:${line}:11: a bare "&": write &amp; for an ampersand (text printed with {{…}} is escaped for you)`,
    );
  });

  it('a bare & that came from a value printed unescaped names the value', () => {
    const { path, line } = edited('triple', H1, '  <h1>{{{values.school}}}</h1>');
    expect(errorOf(path, { school: 'A & B' })).toBe(
      `template ${path}:${line}:7: a bare "&": write &amp; for an ampersand (text printed with {{…}} is escaped for you) (in the value "school", from --set, --data or a CSV cell)`,
    );
  });

  it('an unknown entity', () => {
    const { path, line } = edited('entity', H1, '  <h1>Fish &chips; more</h1>');
    expect(errorOf(path)).toBe(
      `template ${path}:${line}:12: unknown entity "&chips;": write &amp; for an ampersand`,
    );
  });

  it('a control character written in the template', () => {
    const { path, line } = edited('control', H1, '  <h1>Bell\u0007</h1>');
    expect(errorOf(path)).toBe(
      `template ${path}:${line}:11: the character U+0007 is not allowed in a worksheet`,
    );
  });

  it('a NUL in a --set value names the value and the character, exit 2, no stack trace', () => {
    const result = runCli(['render', '2025', '--set', 'school=Lincoln\u0001High', '-f', 'md', '-o', '-']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'rubricate: --set school: the value has the character U+0001 at character 8, which no worksheet can hold; remove it\n',
    );
  });

  it('<section __header="oops"> is an unknown attribute, not an internal error (exit 2)', () => {
    const { path, line } = edited('header', '<section size=', '<section __header="oops" size=');
    const result = runCli(['render', '2025', '--template', path, '-f', 'md', '-o', '-']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `rubricate: template ${path}:${line}:1: unknown attribute __header on <section>; <section> takes size, landscape, font-size, margins (docs/templates.md)\n`,
    );
  });
});

describe('field names off the documented scheme are render-time errors', () => {
  it('an item id the rubric does not have', () => {
    const { path, line } = edited('item', 'name="{{id}}.evidence"', 'name="{{id}}x.evidence"');
    expect(errorOf(path)).toBe(
      `template ${path}:${line}:${columnOf(path, line, '{{id}}x')}: field name "capacity-building.1x.evidence" is off the field-name scheme: "capacity-building.1x" is not an item of 2025-large-chart; use an item id, context.<key>, reflection.<id> or extra.<key> (docs/fields.md) (in the output of {{id}})`,
    );
  });

  it('a key in capitals', () => {
    const { path, line } = edited('caps', 'name="{{id}}.evidence"', 'name="{{id}}.Evidence"');
    expect(errorOf(path)).toMatch(
      new RegExp(
        `^template ${path}:${line}:${columnOf(path, line, 'Evidence')}: field name "capacity-building\\.1\\.Evidence" is off the field-name scheme`,
      ),
    );
  });

  it('a name made from a value names the value', () => {
    const { path, line } = edited(
      'from-value',
      '<text name="context.team"',
      '<text name="context.{{values.extra}}"',
    );
    expect(errorOf(path, { extra: 'Coach Name' })).toBe(
      `template ${path}:${line}:53: field name "context.Coach Name" is off the field-name scheme: a name is <prefix>.<key>, the key in lower-case letters, digits and hyphens (docs/fields.md) (in the value "extra", from --set, --data or a CSV cell)`,
    );
  });

  it('a rating option that is not a level of the scale', () => {
    const { path, line } = edited('level', 'value="{{key}}" label', 'value="{{key}}x" label');
    expect(errorOf(path)).toMatch(
      new RegExp(
        `^template ${path}:${line}:\\d+: rating option "strengthx" of capacity-building\\.1\\.rating is not a level of the scale`,
      ),
    );
  });
});

describe('markupToModel on its own', () => {
  it('still names the rendered markup line when there is no template to map back to', () => {
    expect(() => markupToModel('<document>\n<section>\n<blink/>\n</section></document>', 't.hbs')).toThrow(
      'template t.hbs: rendered markup line 3, column 1: unknown element <blink>; see docs/templates.md',
    );
  });
});
