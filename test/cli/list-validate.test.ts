import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

describe('rubricate list', () => {
  it('reports the shipped rubrics with their counts as JSON', () => {
    const result = runCli(['list', '--json']);
    expect(result.code).toBe(0);
    const list = JSON.parse(result.stdout) as {
      id: string;
      items: number;
      sections: number;
      priorityItems: number;
    }[];
    const byId = Object.fromEntries(list.map((r) => [r.id, r]));
    expect(byId['2020-assessment']).toMatchObject({ sections: 6, items: 34, priorityItems: 12 });
    expect(byId['2021-planning']).toMatchObject({ sections: 6, items: 35 });
    expect(byId['2025-large-chart']).toMatchObject({ sections: 6, items: 45, editionDate: '2025-04-10' });
  });

  it('prints a table on a terminal-less stdout without colour codes', () => {
    const result = runCli(['list']);
    expect(result.stdout).toMatch(/^ID\s+EDITION/);
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });
});

describe('rubricate validate', () => {
  it('passes the three shipped rubrics with exit 0', () => {
    const result = runCli(['validate']);
    expect(result.code).toBe(0);
    expect(result.stdout.match(/^ok /gm)).toHaveLength(3);
  });

  it('names rubrics by id, by year and by path', () => {
    const result = runCli([
      'validate',
      '2020-assessment',
      '2021',
      join(ROOT, 'rubrics', '2025-large-chart.yaml'),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout.match(/^ok /gm)).toHaveLength(3);
  });

  it('exits 1 on an invalid rubric, printing file:line:column, code, message and the line with a caret', () => {
    const result = runCli(['validate', 'test/fixtures/rubrics/number-sequence.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'test/fixtures/rubrics/number-sequence.yaml:33:17  error  rubric/number-sequence  item one.2 is numbered 3',
    );
    expect(result.stdout).toMatch(/ {3}33 \| {9}number: 3\n\s+\^/);
  });

  it('exits 2 for a missing file or an unknown rubric name', () => {
    expect(runCli(['validate', 'no/such/file.yaml']).code).toBe(2);
    const unknown = runCli(['validate', '1999']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /unknown rubric "1999"; shipped rubrics: 2020-assessment, 2021-planning, 2025-large-chart/,
    );
  });

  it('exits 2 on a usage error', () => {
    const result = runCli(['validate', '--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown option '--bogus'/);
  });
});

describe('the command line as a whole', () => {
  it('has --version and --help with examples on every command', () => {
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    const commands = [...help.stdout.matchAll(/^ {2}([a-z]+) /gm)]
      .map((m) => m[1]!)
      .filter((c) => c !== 'help');
    expect(commands).toEqual(expect.arrayContaining(['list', 'validate', 'render']));
    for (const command of commands) {
      const sub = runCli([command, '--help']);
      expect(sub.code, command).toBe(0);
      expect(sub.stdout, command).toMatch(/Examples:\n {2}\$ rubricate /);
    }
  });

  it('colours only when asked: FORCE_COLOR on, NO_COLOR off', () => {
    const bad = 'test/fixtures/rubrics/duplicate-id.yaml';
    expect(runCli(['validate', bad], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(runCli(['validate', bad], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toMatch(
      /\u001b\[/,
    );
  });
});
