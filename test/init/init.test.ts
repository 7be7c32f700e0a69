import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hasStackTrace, ROOT, runCli } from '../helpers/cli.js';

let dir: string;
let validate: (data: unknown) => boolean;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rubricate-init-'));
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema/responses.schema.json'), 'utf8')));
});

function init(args: string[]): string {
  const result = runCli(['init', ...args]);
  expect(result.stderr).not.toMatch(/error/);
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('rubricate init', () => {
  it('writes a blank file that passes the responses schema, every item with its number and text', () => {
    const text = init(['2025']);
    const responses = parse(text);
    expect(validate(responses)).toBe(true);
    expect(responses).toMatchObject({
      rubric: '2025-large-chart',
      edition: '4/10/25',
      kind: 'self-assessment',
    });
    expect(Object.keys(responses.items)).toHaveLength(45);
    expect(responses.items['capacity-building.1']).toEqual({ rating: null, evidence: null });
    expect(text).toContain('  # Capacity Building\n  # 1. Our district has a cabinet-level team responsible');
    expect(text).toMatch(
      /# 8\. Our district team ensures all staff are equipped[^\n]*\n(?: {2}#[^\n]*\n)* {2}capacity-building\.8:/,
    );
  });

  it('points at the shipped schema from wherever the file is written', () => {
    const nested = join(dir, 'a', 'b', 'team.yaml');
    mkdirSync(dirname(nested), { recursive: true });
    init(['2025', '-o', nested]);
    for (const file of [nested]) {
      const first = readFileSync(file, 'utf8').split('\n')[0]!;
      const match = /^# yaml-language-server: \$schema=(.+)$/.exec(first)!;
      expect(match).not.toBeNull();
      expect(existsSync(resolve(dirname(file), match[1]!))).toBe(true);
      expect(resolve(dirname(file), match[1]!)).toBe(join(ROOT, 'schema', 'responses.schema.json'));
    }
    const inRepo = join(ROOT, 'examples', '2025-team', 'aisha-rahman.yaml');
    expect(readFileSync(inRepo, 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../schema/responses.schema.json',
    );
    const onStdout = init(['2025']).split('\n')[0]!.replace('# yaml-language-server: $schema=', '');
    expect(existsSync(onStdout)).toBe(true);
  });

  it('adds the planning columns for an action plan, and the reflection prompts', () => {
    const responses = parse(init(['2021', '--kind', 'action-plan']));
    expect(validate(responses)).toBe(true);
    expect(responses.kind).toBe('action-plan');
    expect(Object.keys(responses.items['capacity-building.1'])).toEqual([
      'rating',
      'evidence',
      'next-steps',
      'responsible',
      'target-date',
      'resources',
    ]);
    expect(Object.keys(responses.reflections)).toEqual([
      'greatest-strengths',
      'biggest-challenges',
      'most-important-steps',
      'already-going-on',
      'share-ideas',
      'identify-following',
    ]);
    expect(Object.keys(parse(init(['2021'])).items['capacity-building.1'])).toEqual(['rating', 'evidence']);
  });

  it('fills respondent and context from --set, quoting what YAML would misread', () => {
    const responses = parse(
      init([
        '2025',
        '--set',
        'name=José: "Pepe" Peñasco',
        '--set',
        'role=yes',
        '--set',
        'date=2026-03-01',
        '--set',
        'district=#1 ISD',
      ]),
    );
    expect(validate(responses)).toBe(true);
    expect(responses.respondent).toEqual({ name: 'José: "Pepe" Peñasco', role: 'yes' });
    expect(responses.context).toMatchObject({ date: '2026-03-01', district: '#1 ISD', school: null });
    // respondent= is taken for name, as render's --set calls it
    expect(parse(init(['2025', '--set', 'respondent=Ana'])).respondent).toEqual({ name: 'Ana', role: null });
  });

  it('refuses unknown --set keys and kinds the rubric does not offer, with exit 2', () => {
    for (const args of [
      ['2025', '--set', 'colour=blue'],
      ['2025', '--kind', 'action-plan'],
      ['2025', '--kind', 'poster'],
      ['no-such-rubric'],
    ]) {
      const result = runCli(['init', ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(hasStackTrace(result.stderr)).toBe(false);
    }
  });

  it('does not overwrite a file without --force', () => {
    const file = join(dir, 'exists.yaml');
    writeFileSync(file, 'mine');
    const result = runCli(['init', '2025', '-o', file]);
    expect(result.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect(runCli(['init', '2025', '-o', file, '--force']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# yaml-language-server/);
  });

  it('gives a file that, filled in by editing the YAML, scores', () => {
    const blank = join(dir, 'plan.yaml');
    init(['2021', '--kind', 'action-plan', '--set', 'name=Sam Lee', '-o', blank]);
    // Fill it in the way a person would: edit the text, keeping the comments.
    const filled = readFileSync(blank, 'utf8')
      .replace(/(capacity-building\.1:\n {4}rating:) null/, '$1 strength')
      .replace(/(capacity-building\.2:\n {4}rating:) null/, '$1 could-be-better')
      .replace(/(capacity-building\.3:\n {4}rating:) null/, '$1 dont-know')
      .replace(/(capacity-building\.3:\n(?: {4}.*\n){2} {4}next-steps:) null/, '$1 "Rewrite the manual"')
      .replace(/(capacity-building\.3:\n(?: {4}.*\n){4} {4}target-date:) null/, '$1 "2026-01-15"')
      .replace(/(greatest-strengths:) null/, '$1 "Daily data"');
    expect(filled).not.toBe(readFileSync(blank, 'utf8'));
    writeFileSync(blank, filled, 'utf8');
    const result = runCli(['score', blank, '--format', 'json', '--as-of', '2026-02-01']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    const capacity = report.ingredients.find((i: { id: string }) => i.id === 'capacity-building');
    // strength 4 and could-be-better 2 → 6/2 = 3; Don't know counted apart
    expect(capacity).toMatchObject({ mean: 3, scored: 2, notScored: 1 });
    expect(report.respondents[0].name).toBe('Sam Lee');
    const plan = report.actionPlan;
    expect(plan.entries).toHaveLength(1);
    expect(plan.entries[0]).toMatchObject({
      item: 'capacity-building.3',
      owner: null,
      targetDate: '2026-01-15',
    });
    expect(plan.overdue).toEqual([0]);
    expect(plan.reflections[0].answers).toEqual([{ respondent: 0, text: 'Daily data' }]);
  });
});
