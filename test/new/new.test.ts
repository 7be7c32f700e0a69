import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildDocument } from '../../src/document/build-document.js';
import { loadRubric } from '../../src/rubric/load-rubric.js';
import { markdownOf } from '../../src/writers/markdown/write-markdown.js';
import { hasStackTrace, ROOT, runCli } from '../helpers/cli.js';
import { validateByModeline } from '../helpers/modeline.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rubricate-new-'));
});

function ok(args: string[]) {
  const result = runCli(args, { cwd: dir });
  expect(result.stderr, args.join(' ')).not.toMatch(/error|problem/);
  expect(result.code, args.join(' ')).toBe(0);
  return result;
}

describe('rubricate new', () => {
  it('new x.yaml && validate x.yaml && render x.yaml -o x.pdf', () => {
    expect(ok(['new', 'x.yaml']).stderr).toBe('wrote x.yaml\n');
    expect(ok(['validate', 'x.yaml']).stdout).toBe('ok  x.yaml\n');
    ok(['render', 'x.yaml', '-o', 'x.pdf']);
    expect(readFileSync(join(dir, 'x.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes a commented rubric whose modeline names the shipped schema, which the file passes', () => {
    const file = join(dir, 'commented.yaml');
    ok(['new', file, '--title', 'School Climate Review']);
    const text = readFileSync(file, 'utf8');
    expect(validateByModeline(file)).toEqual({
      schemaPath: join(ROOT, 'schema', 'rubric.schema.json'),
      errors: [],
    });
    expect(text).toContain('# docs/authoring.md walks through every field.');
    expect(text.split('\n').filter((line) => line.startsWith('#')).length).toBeGreaterThan(8);
    expect(parse(text)).toMatchObject({ id: 'commented', title: 'School Climate Review' });
  });

  it('takes section titles or a count, items per section, a scale preset and a section noun', async () => {
    const file = join(dir, 'climate.yaml');
    ok([
      'new',
      file,
      '--sections',
      'Safety, Belonging & Voice,Safety',
      '--items',
      '2',
      '--scale',
      'yes-no',
      '--noun',
      'domain',
    ]);
    const rubric = (await loadRubric(file)).loaded!.rubric;
    expect(rubric.sections.map((s) => [s.id, s.title, s.items.map((i) => i.id)])).toEqual([
      ['safety', 'Safety', ['safety.1', 'safety.2']],
      ['belonging-voice', 'Belonging & Voice', ['belonging-voice.1', 'belonging-voice.2']],
      ['safety-2', 'Safety', ['safety-2.1', 'safety-2.2']],
    ]);
    expect(rubric.scale.levels.map((l) => [l.key, l.value])).toEqual([
      ['yes', 1],
      ['no', 0],
      ['dont-know', null],
    ]);
    expect(rubric.labels).toEqual({ section: 'domain' });
    // The worksheet speaks of domains, the shipped rubrics of ingredients.
    expect(markdownOf(buildDocument(rubric, { kind: 'self-assessment' }))).toContain(
      'Rate each item of every domain',
    );
    const counted = join(dir, 'five.yaml');
    ok(['new', counted, '--sections', '5', '--scale', 'five-level']);
    const five = (await loadRubric(counted)).loaded!.rubric;
    expect(five.sections.map((s) => s.title)).toEqual([
      'Section 1',
      'Section 2',
      'Section 3',
      'Section 4',
      'Section 5',
    ]);
    expect(five.scale.levels).toHaveLength(6);
  });

  it('keeps any title safe in the YAML: quotes, colons, a hash, accents, a line break', async () => {
    const file = join(dir, 'quoted.yaml');
    const title = 'Évaluation: "Ça va" # 1\nsecond line\u2028\u0085 \\ end';
    ok(['new', file, '--title', title]);
    expect((await loadRubric(file)).loaded!.rubric.title).toBe(title);
  });

  it('never overwrites a file without --force, and writes nothing for bad options', () => {
    const file = join(dir, 'mine.yaml');
    writeFileSync(file, 'my own work\n');
    const again = runCli(['new', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`rubricate: ${file} already exists; use --force to overwrite it\n`);
    expect(readFileSync(file, 'utf8')).toBe('my own work\n');
    ok(['new', file, '--force']);
    expect(readFileSync(file, 'utf8')).toMatch(/^# yaml-language-server: \$schema=/);

    for (const [args, message] of [
      [
        ['--scale', 'seven-level'],
        'unknown --scale "seven-level"; choose one of four-level, five-level, yes-no',
      ],
      [['--sections', '0'], '--sections must be a whole number from 1 to 50, not "0"'],
      [['--sections', 'A,,B'], '--sections has an empty name: "A,,B"'],
      [['--items', '2.5'], '--items must be a whole number from 1 to 50, not "2.5"'],
      [['--noun', '<b>'], '--noun must be a word such as domain or standard, not "<b>"'],
      [['--title', 'x'.repeat(5000)], 'the options make an invalid rubric'],
    ] as const) {
      const bad = join(dir, 'bad.yaml');
      const result = runCli(['new', bad, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(hasStackTrace(result.stderr)).toBe(false);
      expect(existsSync(bad)).toBe(false);
    }
  });
});
