import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type CliResult, runCli } from '../helpers/cli.js';
import type { CorpusCase } from './corpus-case.js';
import { casePath, rubricPath } from './write-corpus.js';

/** Files the hostile cases would create if anything ran their code or extracted their entries. */
export const MARKER_FILES = [
  '/tmp/bad-inputs-PWNED-js',
  '/tmp/bad-inputs-PWNED-py',
  '/tmp/bad-inputs-PWNED-py2',
  '/tmp/bad-inputs-evil-absolute.txt',
];

export interface CaseRun extends CliResult {
  args: string[];
  /** The case's input file. */
  input: string;
  /** Where the command was told to write (a file, or a folder for batch), if it writes. */
  output?: string;
}

/** The command line a user would run on the case's file (see CorpusCommand). */
function commandLine(c: CorpusCase, input: string, out: string, rubric: string): [string[], string?] {
  switch (c.command) {
    case 'validate':
      return [['validate', input]];
    case 'score':
      return [['score', input]];
    case 'extract':
      return [
        ['extract', input, '--rubric', rubric, '-o', join(out, 'responses.yaml')],
        join(out, 'responses.yaml'),
      ];
    case 'data':
      return [
        ['render', rubric, '--data', input, '-o', join(out, 'worksheet.pdf')],
        join(out, 'worksheet.pdf'),
      ];
    case 'font':
      return [
        ['render', rubric, '--font', input, '--set', 'district=𝐀 Zoë', '-o', join(out, 'worksheet.pdf')],
        join(out, 'worksheet.pdf'),
      ];
    case 'template':
      return [
        ['render', rubric, '--template', input, '-o', join(out, 'worksheet.pdf')],
        join(out, 'worksheet.pdf'),
      ];
    case 'batch':
      return [
        ['render', rubric, '--batch', input, '--out-dir', join(out, 'batch'), '-q'],
        join(out, 'batch'),
      ];
  }
}

/** Runs the CLI on one case of a corpus written by writeCorpus, killed after the case's time limit. */
export function runCase(dir: string, c: CorpusCase): CaseRun {
  const input = casePath(dir, c);
  const out = join(dir, 'out', c.id.replace('/', '-'));
  mkdirSync(out, { recursive: true });
  const [args, output] = commandLine(c, input, out, rubricPath(dir));
  const result = runCli(args, { cwd: out, timeout: (c.seconds ?? 20) * 1000 });
  return { ...result, args, input, ...(output ? { output } : {}) };
}
