import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rubricate-template-inputs-'));

describe('template inputs fail with one line naming what is wrong', () => {
  it('refuses a markup attribute starting with __ (it ended in an internal error, exit 70)', () => {
    const template = join(dir, 'dunder.hbs');
    const shipped = readFileSync('templates/self-assessment.hbs', 'utf8');
    writeFileSync(template, shipped.replace(/^<section /m, '<section __header="oops" '));
    const out = join(dir, 'dunder.pdf');
    const result = runCli(['render', '2020', '--template', template, '-o', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown attribute __header on <section>; <section> takes size, .*\n$/);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  it('names the --set value and the control character in it', () => {
    const result = runCli([
      'render',
      '2020',
      '--set',
      'district=Riverside\u0007',
      '-o',
      join(dir, 'bel.pdf'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'rubricate: --set district: the value has the character U+0007 at character 10, which no worksheet can hold; remove it\n',
    );
  });

  it('names the --data file, the key and the NUL written as an escape', () => {
    const data = join(dir, 'values.yaml');
    writeFileSync(data, 'district: "Riverside\\0"\n');
    const result = runCli(['render', '2020', '--data', data, '-o', join(dir, 'nul.pdf')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${data}: district: the value has the character U+0000 at character 10`);
  });
});
