/**
 * One hostile or malformed input of the project's own corpus, named by its cause (`yaml/duplicate-keys`),
 * with the command a user would run on it and what the tool must do: the verdict and how to recognise it.
 */
export type Verdict = 'accept' | 'reject' | 'refuse' | 'ignore';

/**
 * How the case is fed to the CLI: `validate FILE` (a rubric), `score FILE` (responses), `extract FILE`
 * (a filled worksheet, with the corpus rubric), `render --data FILE`, `render --batch FILE`,
 * `render --font FILE`, `render --template FILE`.
 */
export type CorpusCommand = 'validate' | 'score' | 'extract' | 'data' | 'batch' | 'font' | 'template';

export interface Expectation {
  /** Diagnostic code of the first problem (`yaml/duplicate-key`); YAML inputs only. */
  code?: string;
  /** A piece of the one error line (reject/refuse), or of standard output (accept/ignore). */
  message?: string;
  /** Position of the first problem, when the input has lines. */
  line?: number;
  column?: number;
  /** Exit status of a refused run, when not the command's usual one (a batch whose rows all fail exits 1). */
  exit?: number;
  /** The error line is followed by this many lines quoting the input around the problem (a compiler's excerpt). */
  excerpt?: number;
  /** accept/ignore of a worksheet: answers the responses written must hold, by dotted path. */
  answers?: Record<string, string | null>;
}

export interface CorpusCase {
  /** `<format>/<cause>`, unique; also the file's name in the corpus folder (with `file`'s extension). */
  id: string;
  /** Extension of the file written, e.g. `.yaml`, `.pdf`. */
  ext: string;
  command: CorpusCommand;
  verdict: Verdict;
  /** What the file is, in one sentence (INDEX.md). */
  what: string;
  expect: Expectation;
  /** Open issue whose fix this case waits for: it is listed (and shown as todo), not run. */
  waitsOn?: { issue: number; why: string };
  /** Seconds the case may take; the CLI is killed after this (default 20). */
  seconds?: number;
  build(kit: CorpusKit): Uint8Array | Promise<Uint8Array>;
}

/** What cases are built from: the corpus rubric and worksheets rendered from it by the project's code. */
export interface CorpusKit {
  /** The corpus rubric (YAML text) that worksheets record; extract cases name it with --rubric. */
  rubricYaml: string;
  /** Blank worksheets of the corpus rubric, rendered in process. */
  pdf: Uint8Array;
  docx: Uint8Array;
  html: Uint8Array;
}

/** Text to bytes, for builders. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Joins byte pieces. */
export function concat(...parts: (Uint8Array | string)[]): Uint8Array {
  const bytes = parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p));
  return Buffer.concat(bytes);
}
