import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sortDiagnostics } from '../../src/diagnostics/diagnostic.js';
import { parseWithLibrary } from '../../src/yaml/library-yaml.js';
import { readPlainYaml } from '../../src/yaml/plain-yaml.js';

/** Scalars as they are written, the tricky ones included: the plain reader must read them exactly or leave them. */
const SCALARS = [
  '',
  'null',
  '~',
  'strength',
  'true',
  'False',
  '4',
  '-3',
  '+4',
  '007',
  '1.5',
  '0x1F',
  '1e3',
  '2021-planning',
  '2025-10-06',
  'How do you know?',
  'a:b',
  'a: b',
  'a #c',
  'x#y',
  '#c',
  '"4/10/25"',
  '"tab\\there"',
  "'it''s'",
  '[a, b]',
  '[a, [b, c]]',
  '{a: 1, b: [x]}',
  '{a: 1, a: 2}',
  '{}',
  '[]',
  '[a, , b]',
  '{a: 1',
  '{a: 1]',
  '[a, [b}]',
  '&x a',
  '!!str 4',
  '|',
  'Zoë, Okonkwo [team]',
];
const KEYS = ['id', 'title', 'items', 'value', 'a.b', 'k-1', 'null', 'on', '2020'];

type Tree =
  | { kind: 'map'; entries: [string, Tree][] }
  | { kind: 'seq'; items: Tree[] }
  | { kind: 'scalar'; text: string };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('scalar' as const), text: fc.constantFrom(...SCALARS) }),
    fc.record({
      kind: fc.constant('map' as const),
      entries: fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('tree')), { minLength: 1, maxLength: 4 }),
    }),
    fc.record({
      kind: fc.constant('seq' as const),
      items: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }),
    }),
  ),
})).tree;

/** Writes a tree as block YAML; `flat` puts a sequence at the indentation of its key, as YAML allows. */
function write(node: Tree, indent: number, flat: boolean): string[] {
  const pad = ' '.repeat(indent);
  if (node.kind === 'scalar') return [node.text];
  if (node.kind === 'map') {
    return node.entries.flatMap(([key, value]) => {
      if (value.kind === 'scalar') return [`${pad}${key}:${value.text ? ` ${value.text}` : ''}`];
      const inner = value.kind === 'seq' && flat ? indent : indent + 2;
      return [`${pad}${key}:`, ...write(value, inner, flat)];
    });
  }
  return node.items.flatMap((item) => {
    if (item.kind === 'scalar') return [`${pad}-${item.text ? ` ${item.text}` : ''}`];
    if (item.kind === 'map') {
      const [first, ...rest] = write(item, indent + 2, flat);
      return [`${pad}- ${first!.trimStart()}`, ...rest];
    }
    return [`${pad}-`, ...write(item, indent + 2, flat)];
  });
}

function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => paths(v, [...prefix, i])));
  if (value && typeof value === 'object')
    return here.concat(...Object.entries(value).map(([k, v]) => paths(v, [...prefix, k])));
  return here;
}

describe('the plain YAML reader on generated trees', () => {
  it('gives the yaml library value, positions and duplicate keys, or leaves the file to it', () => {
    let read = 0;
    const root = fc.record({
      kind: fc.constant('map' as const),
      entries: fc.array(fc.tuple(fc.constantFrom(...KEYS), tree), { minLength: 1, maxLength: 5 }),
    });
    fc.assert(
      fc.property(root, fc.boolean(), (doc, flat) => {
        const text = `${write(doc, 0, flat).join('\n')}\n`;
        const plain = readPlainYaml(text, 'x.yaml');
        if (plain.value === undefined) return;
        read++;
        const library = parseWithLibrary(text, 'x.yaml');
        if (plain.diagnostics.some((d) => d.code === 'yaml/syntax')) {
          // A bracket that closes the wrong collection: the library says it differently, but says it.
          expect(library.diagnostics.length, text).toBeGreaterThan(0);
          return;
        }
        if (plain.diagnostics.length > 0) {
          expect(sortDiagnostics(library.diagnostics), text).toEqual(sortDiagnostics(plain.diagnostics));
          return;
        }
        expect(library.diagnostics, text).toEqual([]);
        const parsed = library.parsed!;
        expect(plain.value, text).toEqual(parsed.value);
        for (const path of paths(parsed.value)) {
          const at = `${text}\n${path.join('.')}`;
          expect(plain.locator.offsetOf(path), at).toBe(parsed.locator.offsetOf(path));
          expect(plain.locator.offsetOf(path, true), at).toBe(parsed.locator.offsetOf(path, true));
          const value = path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], parsed.value);
          if (value !== null && typeof value !== 'object')
            expect(plain.locator.rangeOf(path), at).toEqual(parsed.locator.rangeOf(path));
        }
      }),
      { numRuns: 5000 },
    );
    // Most generated files hold some scalar the reader leaves to the library; enough must be read.
    expect(read).toBeGreaterThan(250);
  });

  it('reads the shipped rubrics as the yaml library does, with the same positions', () => {
    for (const file of readdirSync('rubrics').filter((f) => f.endsWith('.yaml'))) {
      const text = readFileSync(join('rubrics', file), 'utf8');
      const plain = readPlainYaml(text, file);
      expect(plain.value, file).toEqual(parse(text, { version: '1.2', schema: 'core' }));
      const library = parseWithLibrary(text, file).parsed!;
      for (const path of paths(library.value)) {
        const where = plain.value && plain.locator;
        expect(where?.offsetOf(path), `${file} ${path.join('.')}`).toBe(library.locator.offsetOf(path));
        expect(where?.offsetOf(path, true)).toBe(library.locator.offsetOf(path, true));
      }
    }
  });
});
