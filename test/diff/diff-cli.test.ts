import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemaValidator } from '../../src/schemas.js';
import { hasStackTrace, ROOT, runCli } from '../helpers/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rubricate-diff-'));
});

describe('rubricate diff (CLI)', () => {
  it('exits 0 and says nothing changed for a rubric and itself', () => {
    const run = runCli(['diff', '2021', 'rubrics/2021-planning.yaml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No changes');
  });

  it('exits 1 and shows the one removed word, with plain markers when not on a terminal', () => {
    const text = readFileSync(join(ROOT, 'rubrics/2020-assessment.yaml'), 'utf8');
    const copy = join(dir, 'one-word-less.yaml');
    writeFileSync(copy, text.replace('to fully engage in learning', 'to engage in learning'));
    const run = runCli(['diff', '2020', copy]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('actionable-data.6: reworded');
    expect(run.stdout).toContain('[-fully-]');
    expect(run.stdout).not.toContain('{+');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('colours removed and added words when colour is forced', () => {
    const run = runCli(['diff', '2020', '2021'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('\u001b[9m'); // strikethrough
  });

  it('prints JSON that follows the documented schema', () => {
    const run = runCli(['diff', '2021', '2025', '--format', 'json']);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    const validate = schemaValidator('diff');
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(json)[0]).toBe('version');
    expect(json.items.find((c: { kind: string }) => c.kind === 'split').score).toBeGreaterThan(0);
  });

  it('writes Markdown, HTML and --stat', () => {
    const md = runCli(['diff', '2020', '2021', '--format', 'md']);
    expect(md.stdout).toMatch(/^## Rubric diff/);
    expect(md.stdout).toContain('~~guidance~~');
    const out = join(dir, 'diff.html');
    const html = runCli(['diff', '2021', '2025', '--format', 'html', '-o', out]);
    expect(html.code).toBe(1);
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('<del>');
    expect(page).toContain('<ins>');
    const stat = runCli(['diff', '2021', '2025', '--stat']);
    expect(stat.stdout).toMatch(/^ingredient\s+unchanged\s+reworded/);
    expect(stat.stdout).toMatch(/total\s+\d+/);
  });

  it('exits 2 with a message, never a stack trace, on bad input', () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'id: x\ntitle: [unclosed\n');
    for (const args of [
      ['diff', '2020', 'no-such-rubric'],
      ['diff', '2020', broken],
      ['diff', '2020', '2021', '--threshold', 'lots'],
      ['diff', '2020', '2021', '--format', 'pdf'],
      ['diff', '2020'],
    ]) {
      const run = runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(hasStackTrace(run.stderr)).toBe(false);
    }
    expect(runCli(['diff', '2020', broken]).stderr).toMatch(/broken\.yaml:\d+:\d+/);
  });

  it('refuses to overwrite an output file without --force', () => {
    const out = join(dir, 'exists.md');
    writeFileSync(out, 'keep me');
    const run = runCli(['diff', '2020', '2021', '-f', 'md', '-o', out]);
    expect(run.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
  });
});
