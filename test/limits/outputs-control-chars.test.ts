import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { neutralizeControls } from '../../src/report/neutralize-controls.js';
import { ROOT, runCli } from '../helpers/cli.js';

/** Issue 11: raw control characters from names and answers reach neither terminals nor report files. */
const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rubricate-control-chars-'));
});

describe('validate', () => {
  it('prints a file name with an escape sequence escaped, valid or not', () => {
    const valid = join(dir, 'clear\u001b[2Jscreen.yaml');
    copyFileSync(join(ROOT, 'rubrics', '2020-assessment.yaml'), valid);
    const ok = runCli(['validate', valid]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).not.toMatch(RAW);
    expect(ok.stdout).toContain('clear\\u001b[2Jscreen.yaml');
    const invalid = join(dir, 'bell\u0007\u202eeman.yaml');
    writeFileSync(invalid, 'id: [unclosed\n');
    const bad = runCli(['validate', invalid]);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout + bad.stderr).not.toMatch(RAW);
    expect(bad.stdout).toContain('bell\\u0007\\u202eeman.yaml');
  });
});

describe('score reports', () => {
  let responses: string;
  beforeAll(() => {
    const example = readFileSync(join(ROOT, 'examples', '2025-team', 'aisha-rahman.yaml'), 'utf8');
    // YAML escapes: ESC, BEL, NUL, a right-to-left override and a C1 control, in an answer and a name.
    const hostile = example
      .replace('    evidence: null', '    evidence: "a\\e[2Jb\\a\\0c\\u202Ed\\x85e"')
      .replace('  name: "Aisha Rahman"', '  name: "Ai\\e]0;title\\asha\\u202E"');
    expect(hostile).not.toBe(example);
    responses = join(dir, 'hostile.yaml');
    writeFileSync(responses, hostile);
  });

  for (const format of ['csv', 'html', 'md', 'json']) {
    it(`-f ${format} writes no raw ESC, BEL, NUL or bidi override`, () => {
      const out = join(dir, `report.${format}`);
      const run = runCli(['score', responses, '-f', format, '-o', out]);
      expect(run.code, run.stderr).toBe(0);
      const text = readFileSync(out, 'utf8');
      expect(text).not.toMatch(RAW);
      if (format !== 'md') expect(text).toContain('\\u001b');
    });
  }

  it('JSON keeps the data: the escapes decode to the same answer', () => {
    const out = join(dir, 'data.json');
    expect(runCli(['score', responses, '-f', 'json', '-o', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('a\\u001b[2Jb\\u0007\\u0000c\\u202ed\\u0085e');
    expect(JSON.stringify(JSON.parse(readFileSync(out, 'utf8')))).toContain('Ai\\u001b]0;title\\u0007sha');
  });
});

describe('neutralizeControls', () => {
  it('escapes controls and bidi overrides, and keeps tabs, line breaks, joiners and right-to-left text', () => {
    expect(neutralizeControls('a\u001b[31mb\u0007\u0000\u202e\u2066\u0085\u007f')).toBe(
      'a\\u001b[31mb\\u0007\\u0000\\u202e\\u2066\\u0085\\u007f',
    );
    const kept = 'tab\there\r\nשלום عربي 👩‍👩‍👧 می‌خواهم \u200f';
    expect(neutralizeControls(kept)).toBe(kept);
  });
});
