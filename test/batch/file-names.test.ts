import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collisionKey, fileNameFor } from '../../src/batch/file-names.js';
import { runCli } from '../helpers/cli.js';

const bytes = (name: string) => Buffer.byteLength(name);

/** Issue 11: file names are cut in linear time and stay unique when the tool itself shortened them. */
describe('shortened file names', () => {
  it('cuts a 100,000-character value to at most 150 bytes (linear: the old cut never finished)', () => {
    const name = fileNameFor(
      '{{district}}-{{kind}}',
      { district: 'd'.repeat(100_000), kind: 'self-assessment' },
      'pdf',
    );
    expect(bytes(name)).toBeLessThanOrEqual(150);
    expect(name).toMatch(/^d+-[0-9a-f]{10}\.pdf$/);
    // Trailing dots and spaces in a long run are dropped in one pass too.
    expect(fileNameFor('{{d}}', { d: `x${'.'.repeat(100_000)}` }, 'md')).toBe('x.md');
  });

  it('keeps two values that differ only after the cut apart', () => {
    const common = 'Distrito Escolar Independiente '.repeat(6);
    const a = fileNameFor('{{district}}', { district: `${common} Norte` }, 'pdf');
    const b = fileNameFor('{{district}}', { district: `${common} Sur` }, 'pdf');
    expect(a).not.toBe(b);
    expect(collisionKey(a)).not.toBe(collisionKey(b));
    expect(a.slice(0, 100)).toBe(b.slice(0, 100));
  });

  it('keeps one long value rendered as two kinds apart', () => {
    const district = 'é'.repeat(300);
    const values = (kind: string) => ({ district, kind });
    const one = fileNameFor('{{district}}-{{kind}}', values('self-assessment'), 'pdf');
    const two = fileNameFor('{{district}}-{{kind}}', values('large-chart'), 'pdf');
    expect(one).not.toBe(two);
    for (const name of [one, two]) expect(bytes(name)).toBeLessThanOrEqual(150);
  });

  it('leaves a name that fits as it is, and shortens the same name the same way every time', () => {
    expect(
      fileNameFor('{{district}}-{{kind}}', { district: 'Peñasco ISD', kind: 'large-chart' }, 'pdf'),
    ).toBe('Peñasco-ISD-large-chart.pdf');
    const long = { district: 'x'.repeat(200) };
    expect(fileNameFor('{{district}}', long, 'docx')).toBe(fileNameFor('{{district}}', long, 'docx'));
    expect(fileNameFor('{{district}}', { district: 'x'.repeat(150) }, 'docx')).toMatch(
      /-[0-9a-f]{10}\.docx$/,
    );
  });

  it('cuts between whole characters, never inside one', () => {
    for (const char of ['é', '北', '😀']) {
      const name = fileNameFor('{{d}}', { d: char.repeat(200) }, 'pdf');
      expect(Buffer.from(name).toString('utf8')).toBe(name);
      expect(name.replace(/-[0-9a-f]{10}\.pdf$/, '').replaceAll(char, '')).toBe('');
    }
  });
});

describe('render --batch with long values', () => {
  it('writes two long districts that differ at the end, each in two kinds: four files, no clash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rubricate-long-names-'));
    const common = 'Unified School District of the Northern Valley '.repeat(4);
    writeFileSync(join(dir, 'rows.csv'), `district\n${common}East\n${common}West\n`);
    const out = join(dir, 'out');
    const run = batchIn(dir, '--kind', 'self-assessment,large-chart');
    expect(run.code, run.stderr).toBe(0);
    const names = readdirSync(out).filter((n) => n !== 'manifest.json');
    expect(names).toHaveLength(4);
    for (const name of names) expect(bytes(name)).toBeLessThanOrEqual(150);
  });

  it('advises a pattern that differs from the one in use when rows clash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rubricate-clash-'));
    writeFileSync(join(dir, 'rows.csv'), 'district,school\nA,S\nA,S\n');
    const run = batchIn(dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('line 3 and line 2 both give A-S-self-assessment.md');
    expect(run.stderr).toContain('--name "{{district}}-{{school}}-{{kind}}-{{line}}"');
    expect(run.stderr).not.toContain('--name "{{district}}-{{school}}-{{kind}}"');
    // Several kinds and no {{kind}}: the advice adds it.
    const kinds = batchIn(dir, '--kind', 'self-assessment,large-chart', '--name', '{{district}}-{{line}}');
    expect(kinds.code).toBe(2);
    expect(kinds.stderr).toContain('(and 1 more)');
    expect(kinds.stderr).toContain('line 2 and line 2 both give A-2.md');
    expect(kinds.stderr).toContain('add {{kind}}');
    expect(kinds.stderr).toContain('--name "{{district}}-{{line}}-{{kind}}"');
  });
});

/** A Markdown batch of DIR/rows.csv into DIR/out. */
function batchIn(dir: string, ...extra: string[]) {
  return runCli([
    'render',
    '2025',
    '--batch',
    join(dir, 'rows.csv'),
    '--out-dir',
    join(dir, 'out'),
    '-f',
    'md',
    ...extra,
  ]);
}
