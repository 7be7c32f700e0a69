import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResponses } from '../../src/responses/load-responses.js';
import { decodeText, MAX_YAML_BYTES } from '../../src/yaml/decode-text.js';
import { parseYaml } from '../../src/yaml/parse-yaml.js';
import { readYamlFile } from '../../src/yaml/read-yaml-file.js';
import { MAX_ALIASES, MAX_DEPTH, MAX_LIBRARY_YAML_CHARS } from '../../src/yaml/yaml-limits.js';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rubricate-yaml-limits-'));

/** A one-line plain YAML file of exactly `bytes` bytes. */
function sized(bytes: number): string {
  return `a: ${'x'.repeat(bytes - 4)}\n`;
}

const codes = (text: string) => parseYaml(text, 'x.yaml').diagnostics.map((d) => d.code);

describe(`YAML file size: ${MAX_YAML_BYTES} bytes`, () => {
  it('reads a file of exactly the limit, refuses one byte more before reading it', () => {
    const at = join(dir, 'at.yaml');
    writeFileSync(at, sized(MAX_YAML_BYTES));
    const read = readYamlFile(at);
    expect(read.bytes?.length).toBe(MAX_YAML_BYTES);
    expect(decodeText(read.bytes!, at).text).toBeDefined();
    const over = join(dir, 'over.yaml');
    writeFileSync(over, sized(MAX_YAML_BYTES + 1));
    expect(readYamlFile(over).diagnostics).toEqual([expect.objectContaining({ code: 'input/too-large' })]);
  });

  it('refuses a 1.5 GB file from its size, without reading it', () => {
    const huge = join(dir, 'huge.yaml');
    writeFileSync(huge, 'a: b\n');
    truncateSync(huge, 1.5 * 1024 ** 3); // sparse: reading it would cost 1.5 GB
    const result = runCli(['validate', huge]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('input/too-large  refused: the file is 1610612736 bytes');
  });

  it('reads at most the limit + 1 bytes from a pipe', () => {
    const at = runCli(['validate', '/dev/stdin'], { input: sized(MAX_YAML_BYTES) });
    expect(at.stdout).not.toContain('input/too-large');
    expect(at.stdout).toContain('schema/required');
    const over = runCli(['validate', '/dev/stdin'], { input: sized(MAX_YAML_BYTES + 1) });
    expect(over.code).toBe(1);
    expect(over.stdout).toContain(`input/too-large  refused: the file is more than ${MAX_YAML_BYTES} bytes`);
  });

  it('says a folder is a folder', () => {
    expect(readYamlFile(dir).diagnostics[0].message).toBe('cannot read the file: it is a folder');
  });
});

describe(`YAML nesting: ${MAX_DEPTH} levels`, () => {
  const block = (levels: number) =>
    `${Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}k:`).join('\n')} 1\n`;
  const flow = (levels: number) => `a: ${'['.repeat(levels - 1)}1${']'.repeat(levels - 1)}\n`;

  it('reads mappings and lists nested to the limit, refuses one level more', () => {
    expect(codes(block(MAX_DEPTH))).toEqual([]);
    expect(codes(block(MAX_DEPTH + 1))).toEqual(['yaml/too-deep']);
    expect(codes(flow(MAX_DEPTH))).toEqual([]);
    expect(codes(flow(MAX_DEPTH + 1))).toEqual(['yaml/too-deep']);
    // The same where the yaml library reads the file (a block scalar takes it there).
    expect(codes(`${flow(MAX_DEPTH)}b: |\n  text\n`)).toEqual([]);
    expect(codes(`${flow(MAX_DEPTH + 1)}b: |\n  text\n`)).toEqual(['yaml/too-deep']);
  });
});

describe(`YAML aliases: ${MAX_ALIASES}`, () => {
  const aliases = (count: number) => `a: &x v\nb: [${Array(count).fill('*x').join(', ')}]\n`;

  it('reads the limit, refuses one more', () => {
    expect(codes(aliases(MAX_ALIASES))).toEqual([]);
    expect(codes(aliases(MAX_ALIASES + 1))).toEqual(['yaml/alias-limit']);
  });
});

describe(`YAML beyond the plain reader: ${MAX_LIBRARY_YAML_CHARS} characters`, () => {
  // A block scalar is read by the yaml library, not the plain reader.
  const needsLibrary = (chars: number) => {
    const head = 'a: |\n  ';
    return `${head}${'x'.repeat(chars - head.length - 1)}\n`;
  };

  it('reads a file of the limit, refuses one character more, naming where it needs the library', () => {
    expect(needsLibrary(MAX_LIBRARY_YAML_CHARS)).toHaveLength(MAX_LIBRARY_YAML_CHARS);
    expect(codes(needsLibrary(MAX_LIBRARY_YAML_CHARS))).toEqual([]);
    const over = parseYaml(needsLibrary(MAX_LIBRARY_YAML_CHARS + 1), 'x.yaml').diagnostics;
    expect(over).toEqual([expect.objectContaining({ code: 'input/too-large', line: 1, column: 4 })]);
  });

  it('reads a plain file far beyond it', () => {
    expect(codes(sized(4 * MAX_LIBRARY_YAML_CHARS))).toEqual([]);
  });
});

describe('an answer in a responses file: 100,000 characters (the responses schema)', () => {
  const withEvidence = (chars: number) => {
    const example = readFileSync('examples/2025-team/tom-becker.yaml', 'utf8');
    return example.replace('evidence: null', `evidence: ${'a'.repeat(chars)}`);
  };

  it('reads an answer of the limit, refuses one character more, at its line', () => {
    expect(parseResponses(Buffer.from(withEvidence(100_000)), 'r.yaml').diagnostics).toEqual([]);
    expect(parseResponses(Buffer.from(withEvidence(100_001)), 'r.yaml').diagnostics).toEqual([
      expect.objectContaining({ line: 19, pointer: '/items/capacity-building.1/evidence' }),
    ]);
  });
});
