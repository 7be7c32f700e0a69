import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../helpers/cli.js';

const TEAM = 'examples/2025-team';
const PLAN = 'examples/2021-action-plan.yaml';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rubricate-score-exit-'));
});

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('exit codes', () => {
  it('0 when the thresholds are met', () => {
    // team overall mean 2.55; capacity-building 2.581
    const result = runCli(['score', TEAM, '--fail-under', '2.5', '--fail-under', 'capacity-building=2.5']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('1 with the reasons on stderr when a mean is below --fail-under, the report still written', () => {
    const result = runCli([
      'score',
      TEAM,
      '--fail-under',
      '2.6',
      '--fail-under',
      'adequate-equitable-resources=2.5',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Ingredients');
    expect(result.stderr).toContain('the overall mean is 2.552, below 2.6');
    // adequate-equitable-resources: 2.00 < 2.5
    expect(result.stderr).toContain(
      'Adequate & Equitable Resources (adequate-equitable-resources) is 2, below 2.5',
    );
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('1 with --require-complete naming who left items unrated', () => {
    const result = runCli(['score', TEAM, '--require-complete', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Tom Becker \(examples\/2025-team\/tom-becker\.yaml\) left 1 item unrated/);
    expect(result.stderr).not.toContain('Aisha');
  });

  it('2 for a bad --fail-under or --as-of, or an ingredient the rubric lacks', () => {
    for (const args of [
      ['--fail-under', 'lots'],
      ['--fail-under', 'no-such-ingredient=2'],
      ['--as-of', '2026-02-30'],
      ['--format', 'xlsx'],
    ]) {
      const result = runCli(['score', TEAM, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/rubricate: /);
      expect(hasStackTrace(result.stderr)).toBe(false);
    }
  });

  it('2 with file:line:column for a YAML file that does not parse', () => {
    const bad = write(
      'bad.yaml',
      'rubric: 2025-large-chart\nedition: "4/10/25"\nitems:\n  capacity-building.1: { rating: strength\n',
    );
    const result = runCli(['score', bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`${bad.replace(/[.]/g, '\\.')}:\\d+:\\d+`));
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('2 with the position of a rating that is not a level of the scale', () => {
    const bad = write(
      'wrong-level.yaml',
      'rubric: 2025-large-chart\nedition: "4/10/25"\nitems:\n  capacity-building.1:\n    rating: excellent\n',
    );
    const result = runCli(['score', bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad}:5:13`);
    expect(result.stderr).toContain('responses/unknown-rating');
  });

  it('2 when the inputs answer different editions, naming the files of each', () => {
    const result = runCli(['score', TEAM, PLAN]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('different rubric editions');
    expect(result.stderr).toContain('2021-planning edition 2021: examples/2021-action-plan.yaml');
    expect(result.stderr).toContain('2025-large-chart edition 4/10/25');
  });

  it('2 for responses to a rubric that is not shipped, which only --rubric can name', () => {
    // "examples" is a folder in the working directory: an id from a file is never taken for a path
    const other = write('other.yaml', 'rubric: examples\nedition: "1"\nitems: {}\n');
    const result = runCli(['score', other]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'answers rubric "examples", which is not shipped with rubricate; name its YAML file with --rubric',
    );
  });

  it('2 for a missing file or a folder without responses', () => {
    expect(runCli(['score', join(dir, 'nothing.yaml')]).code).toBe(2);
    const empty = join(dir, 'empty');
    writeFileSync(join(dir, 'note.txt'), '');
    expect(runCli(['score', dir.concat('/*.txt')]).code).toBe(2);
    expect(runCli(['score', `${empty}*`]).code).toBe(2);
  });

  it('2 for a filled worksheet that cannot be read, naming the file', () => {
    const fake = write('fake.pdf', 'not a pdf at all');
    const result = runCli(['score', fake]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('fake.pdf');
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});

describe('the action plan as of a day', () => {
  it('--as-of decides which entries are overdue', () => {
    const march = runCli(['score', PLAN, '--as-of', '2026-03-01']).stdout;
    expect(march).toContain('Overdue as of 2026-03-01 (3)');
    const may = runCli(['score', PLAN, '--as-of', '2026-05-01']).stdout;
    expect(may).toContain('Overdue as of 2026-05-01 (4)');
    const early = runCli(['score', PLAN, '--as-of', '2025-01-01']).stdout;
    expect(early).not.toContain('Overdue as of');
  });
});

describe('colour', () => {
  const ESC = '\u001b[';
  it('is plain when stdout is not a terminal, and with NO_COLOR', () => {
    // runCli's child has no terminal; FORCE_COLOR unset (an empty FORCE_COLOR forces colour, as in chalk)
    const unset = { NO_COLOR: undefined, FORCE_COLOR: undefined } as unknown as Record<string, string>;
    expect(runCli(['score', TEAM], { env: unset }).stdout).not.toContain(ESC);
    expect(runCli(['score', TEAM], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });
  it('is on with FORCE_COLOR, for the terminal report only', () => {
    const env = { NO_COLOR: '', FORCE_COLOR: '1' };
    expect(runCli(['score', TEAM], { env }).stdout).toContain(ESC);
    expect(runCli(['score', TEAM, '--format', 'md'], { env }).stdout).not.toContain(ESC);
  });
});
