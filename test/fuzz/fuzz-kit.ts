import fc from 'fast-check';
import { expect } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { UserError } from '../../src/diagnostics/diagnostic.js';

/**
 * Settings shared by the fuzz properties: one fixed seed, so a run is repeatable and a failure names its
 * counterexample, and run counts sized so that all of test/fuzz takes about a minute. `FUZZ_RUNS=10`
 * multiplies every property's runs (for a longer local hunt); `FUZZ_SEED` tries another seed.
 */
export const SEED = Number(process.env.FUZZ_SEED ?? 20261203);

/** fast-check parameters for a property with `runs` runs by default. */
export function fuzzParameters(runs: number): fc.Parameters<unknown> {
  const scale = Number(process.env.FUZZ_RUNS ?? 1);
  const numRuns = Math.max(1, Math.round(runs * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
  return { seed: SEED, numRuns, endOnFailure: true };
}

/** Per-test time limit for a property of `runs` runs costing about `ms` each, scaled like the runs. */
export function fuzzTimeout(runs: number, ms: number): number {
  const scale = Number(process.env.FUZZ_RUNS ?? 1);
  return 60_000 + runs * ms * (Number.isFinite(scale) && scale > 0 ? scale : 1) * 4;
}

type Mutation =
  | { op: 'flip'; at: number; byte: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'delete'; at: number; length: number }
  | { op: 'copy'; from: number; to: number; length: number }
  | { op: 'truncate'; at: number };

/** Up to `max` byte-level mutations; `tokens` are spliced in as well, to reach the format's structure. */
export function mutations(tokens: readonly string[], max = 6): fc.Arbitrary<Mutation[]> {
  const at = fc.nat();
  const token = fc.constantFrom(...tokens).map((t) => new TextEncoder().encode(t));
  // Mostly printable ASCII, so that most inputs get past the UTF-8 check into the parser.
  const byte = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
    fc.integer({ min: 0, max: 255 }),
  );
  return fc.array(
    fc.oneof(
      {
        weight: 3,
        arbitrary: fc.record({
          op: fc.constant('flip' as const),
          at,
          byte,
        }),
      },
      {
        weight: 4,
        arbitrary: fc.record({
          op: fc.constant('insert' as const),
          at,
          bytes: fc.oneof({ weight: 4, arbitrary: token }, fc.uint8Array({ maxLength: 8 })),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          op: fc.constant('delete' as const),
          at,
          length: fc.integer({ min: 1, max: 64 }),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          op: fc.constant('copy' as const),
          from: at,
          to: at,
          length: fc.integer({ min: 1, max: 256 }),
        }),
      },
      { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at }) },
    ),
    { minLength: 1, maxLength: max },
  );
}

/** Applies mutations to a copy of `base`; positions wrap around its length. */
export function mutate(base: Uint8Array, list: readonly Mutation[]): Uint8Array {
  let bytes = Buffer.from(base);
  for (const m of list) {
    const n = Math.max(1, bytes.length);
    switch (m.op) {
      case 'flip':
        if (bytes.length > 0) bytes[m.at % n] = m.byte;
        break;
      case 'insert':
        bytes = Buffer.concat([bytes.subarray(0, m.at % (n + 1)), m.bytes, bytes.subarray(m.at % (n + 1))]);
        break;
      case 'delete':
        bytes = Buffer.concat([bytes.subarray(0, m.at % n), bytes.subarray((m.at % n) + m.length)]);
        break;
      case 'copy': {
        const piece = bytes.subarray(m.from % n, (m.from % n) + m.length);
        bytes = Buffer.concat([bytes.subarray(0, m.to % n), piece, bytes.subarray(m.to % n)]);
        break;
      }
      case 'truncate':
        bytes = bytes.subarray(0, m.at % n);
        break;
    }
  }
  return bytes;
}

/** A mutated copy of a text, as text (mutations that break UTF-8 are the decoder's business). */
export function mutatedText(base: string, tokens: readonly string[], max = 6): fc.Arbitrary<string> {
  return mutations(tokens, max).map((list) =>
    Buffer.from(mutate(Buffer.from(base, 'utf8'), list)).toString('utf8'),
  );
}

/** Asserts that a thrown value is the project's own user-facing error: a UserError of one line. */
export function expectUserError(error: unknown, lines = 1): void {
  expect(error, String((error as Error)?.stack ?? error)).toBeInstanceOf(UserError);
  const message = (error as UserError).message;
  expect(message.split('\n').length, message).toBeLessThanOrEqual(lines);
  // A value leaking into a message ("undefined", "[object Object]", "NaN"); the XML parser's own
  // "undefined entity" is a real reason, not a leak.
  expect(message.replace(/undefined entity/g, '')).not.toMatch(/\bundefined\b|\[object Object\]|\bNaN\b/);
}

/** Asserts that every diagnostic lies inside `text` (lines and columns 1-based; 0 means the whole file). */
export function expectInside(diagnostics: readonly Diagnostic[], text: string): void {
  const lines = text.split('\n');
  for (const d of diagnostics) {
    expect(d.code, d.message).toMatch(/^[a-z0-9]+\/[a-z0-9-]+$/);
    expect(d.line, `${d.code} ${d.message}`).toBeGreaterThanOrEqual(0);
    expect(d.line, `${d.code} ${d.message}`).toBeLessThanOrEqual(lines.length);
    if (d.line > 0) {
      expect(d.column, `${d.code} ${d.message}`).toBeGreaterThanOrEqual(1);
      expect(d.column, `${d.code} ${d.message}`).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1);
    }
    expect(d.message).not.toMatch(/\bundefined\b|\[object Object\]/);
  }
}
