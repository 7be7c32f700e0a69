import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/yaml/parse-yaml.js';
import { MAX_LIBRARY_YAML_CHARS } from '../../src/yaml/yaml-limits.js';
import { hasStackTrace, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rubricate-yaml-large-'));

/** A responses file with `count` item keys (item ids the schema accepts, answers it does not check). */
function manyKeys(count: number): string {
  const lines = ['rubric: 2025-large-chart', 'edition: "4/10/25"', 'items:'];
  for (let i = 0; i < count; i++) lines.push(`  section-${i}.1:`, '    rating: strength');
  return `${lines.join('\n')}\n`;
}

/** What make-large.py --kind rubric writes (shared/bad-inputs), cut to `bytes`. */
function makeLargeRubric(bytes: number): string {
  const parts = ['# Generated: a valid but very large rubric.\n'];
  parts.push('id: large-rubric\ntitle: Very large rubric\nscale:\n  min: 1\n  max: 5\ncriteria:\n');
  let size = parts[0]!.length + parts[1]!.length;
  for (let i = 0; size < bytes; i++) {
    const entry = `  - id: criterion-${String(i).padStart(7, '0')}\n    title: Criterion number ${i} with some descriptive padding text\n    weight: ${(i % 5) + 1}\n`;
    parts.push(entry);
    size += entry.length;
  }
  return parts.join('');
}

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

// The time limits below only catch a hang (these took 110 s, 130 s and 38 s before); speed is measured in bench/.
describe('large YAML files are read in linear time', () => {
  it('reads a 100,000-key responses file', () => {
    const text = manyKeys(100_000);
    const { parsed, diagnostics } = parseYaml(text, 'many.yaml');
    expect(diagnostics).toEqual([]);
    expect(Object.keys((parsed!.value as { items: object }).items)).toHaveLength(100_000);
    const result = runCli(['score', write('many.yaml', text)], { timeout: 30_000 });
    expect(result.code).toBe(2);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  for (const count of [5_000, 10_000, 20_000, 40_000]) {
    it(`positions the duplicate key of a ${count}-key file`, () => {
      const text = `${manyKeys(count)}  section-7.1:\n    rating: urgent-gap\n`;
      const { diagnostics } = parseYaml(text, 'dup.yaml');
      expect(diagnostics).toEqual([
        expect.objectContaining({ code: 'yaml/duplicate-key', line: 4 + 2 * count, column: 3 }),
      ]);
    });
  }

  it('finds duplicate keys in linear time also where the yaml library reads the file', () => {
    // A flow mapping over many lines is beyond the plain reader: the library reads it, uniqueKeys off.
    const keys = Array.from({ length: 30_000 }, (_, i) => ` k${i}: ${i}`);
    const text = `items: {\n${keys.join(',\n')},\n k7: 1\n}\n`;
    expect(text.length).toBeLessThan(MAX_LIBRARY_YAML_CHARS);
    const result = runCli(['validate', write('flow-dup.yaml', text)], { timeout: 30_000 });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`flow-dup.yaml:30002:2  error  yaml/duplicate-key  duplicate key "k7"`);
  });

  it('gives the error of a 1 MiB one-line flow mapping with a stray ] at once', () => {
    const pairs = Array.from({ length: 75_000 }, (_, i) => `k${i}: ${i}`).join(', ');
    const text = `comment: {${pairs}]\n`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = runCli(['validate', write('stray.yaml', text)], { timeout: 30_000 });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `stray.yaml:1:${text.length - 1}  error  yaml/syntax  the flow mapping opened at line 1, column 10 is closed with ] instead of }`,
    );
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
  });

  it('validates the rubric kind of make-large.py just under the size limit', () => {
    const text = makeLargeRubric(8 * 1024 * 1024 - 200);
    const result = runCli(['validate', write('large-rubric.yaml', text)], { timeout: 60_000 });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('large-rubric.yaml:2:1  error  schema/required');
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
  });
});
