import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { hasStackTrace } from '../helpers/cli.js';
import type { CorpusCase } from './corpus-case.js';
import type { CaseRun } from './run-case.js';

/** One problem as the CLI printed it: `file:line:column  error  CODE  message` (line 0: no position). */
export interface ShownProblem {
  line: number;
  column: number;
  code: string;
  message: string;
}

/** The problems printed for `file`, in order, from `validate` or `score` output. */
export function shownProblems(output: string, file: string): ShownProblem[] {
  const problems: ShownProblem[] = [];
  for (const text of output.split('\n')) {
    if (!text.startsWith(file)) continue;
    const m = /^(?::(\d+):(\d+))? {2}(?:error|warning) {2}(\S+) {2}(.*)$/.exec(text.slice(file.length));
    if (m) problems.push({ line: Number(m[1] ?? 0), column: Number(m[2] ?? 0), code: m[3]!, message: m[4]! });
  }
  return problems;
}

/** The input as text, decoded by its byte-order mark, to check that reported positions lie inside it. */
function inputLines(path: string): string[] {
  const bytes = readFileSync(path);
  const text =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? bytes.subarray(2).toString('utf16le')
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? Buffer.from(bytes.subarray(2)).swap16().toString('utf16le')
        : bytes.toString('utf8');
  return text.split('\n');
}

/** The value at a dotted path of the responses written (`items.capacity-building.1.rating`). */
function answerAt(responses: unknown, path: string): unknown {
  const keys: string[] = [];
  for (const part of path.split('.')) {
    // Item ids hold a dot themselves (capacity-building.1): a part that is a number joins the one before.
    if (/^\d+$/.test(part) && keys.length > 0) keys[keys.length - 1] += `.${part}`;
    else keys.push(part);
  }
  return keys.reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], responses);
}

/** Asserts what every run must do, whatever the verdict: finish in time, exit 0/1/2, no stack trace. */
function checkCommon(run: CaseRun): void {
  expect(run.timedOut, `still running after the time limit: ${run.args.join(' ')}`).toBe(false);
  expect([0, 1, 2], `exit ${run.code}\n${run.stderr}`).toContain(run.code);
  expect(hasStackTrace(run.stdout + run.stderr), run.stderr).toBe(false);
}

function checkRead(c: CorpusCase, run: CaseRun): void {
  expect(run.code, run.stderr).toBe(0);
  if (c.expect.message) expect(run.stdout + run.stderr).toContain(c.expect.message);
  if (run.output) {
    expect(existsSync(run.output), 'the output was written').toBe(true);
    // Control, bidi and zero-width characters are written escaped, never raw (docs/extract.md).
    if (c.command === 'extract')
      expect(readFileSync(run.output, 'utf8')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/);
  }
  if (c.expect.answers) {
    const responses = parse(readFileSync(run.output!, 'utf8'));
    for (const [path, value] of Object.entries(c.expect.answers))
      expect(answerAt(responses, path), path).toEqual(value);
  }
}

function checkPositioned(c: CorpusCase, run: CaseRun): void {
  const problems = shownProblems(`${run.stdout}\n${run.stderr}`, run.input);
  expect(problems.length, `no problem named ${run.input}:\n${run.stdout}${run.stderr}`).toBeGreaterThan(0);
  const first = problems[0]!;
  if (c.expect.code) expect(first.code).toBe(c.expect.code);
  if (c.expect.line !== undefined) expect(first.line, first.message).toBe(c.expect.line);
  if (c.expect.column !== undefined) expect(first.column, first.message).toBe(c.expect.column);
  if (c.expect.message) expect(problems.map((p) => p.message).join('\n')).toContain(c.expect.message);
  const lines = inputLines(run.input);
  for (const p of problems) {
    expect(p.line, p.message).toBeLessThanOrEqual(lines.length);
    if (p.line > 0) expect(p.column, p.message).toBeLessThanOrEqual([...lines[p.line - 1]!].length + 1);
    expect(p.message.length, 'a message never echoes huge input').toBeLessThan(400);
  }
}

function checkOneLine(c: CorpusCase, run: CaseRun): void {
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1 + (c.expect.excerpt ?? 0));
  expect(lines[0]!.length, 'a message never echoes huge input').toBeLessThan(400);
  if (c.expect.message) expect(lines[0]).toContain(c.expect.message);
  if (c.verdict === 'refuse') expect(lines[0]).toContain('refused');
  if (c.expect.line !== undefined) expect(lines[0]).toContain(`:${c.expect.line}`);
  expect(lines[0]).not.toMatch(/undefined|\[object Object\]|root:x:0/);
}

/** Nothing half-written: no output file, or a batch folder holding no worksheet (its manifest may list failures). */
function checkNoOutput(run: CaseRun): void {
  if (!run.output || !existsSync(run.output)) return;
  expect(statSync(run.output).isDirectory(), `${run.output} was written`).toBe(true);
  expect(
    readdirSync(run.output).filter((f) => f !== 'manifest.json'),
    `${run.output} holds files`,
  ).toEqual([]);
}

/** Asserts that a run of the CLI on a case reached the case's verdict (see CorpusCase). */
export function checkVerdict(c: CorpusCase, run: CaseRun): void {
  checkCommon(run);
  if (c.verdict === 'accept' || c.verdict === 'ignore') {
    checkRead(c, run);
    return;
  }
  expect(run.code, run.stderr).toBe(c.expect.exit ?? (c.command === 'validate' ? 1 : 2));
  if (c.command === 'validate' || c.command === 'score' || c.expect.code) checkPositioned(c, run);
  else checkOneLine(c, run);
  if (c.command === 'extract') expect(run.stdout).toBe('');
  checkNoOutput(run);
}
