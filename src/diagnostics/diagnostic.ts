/** One problem found in an input file, positioned like a compiler message. */
export interface Diagnostic {
  file: string;
  /** 1-based line, 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column, 0 when the problem concerns the whole file. */
  column: number;
  severity: 'error' | 'warning';
  /** Stable code such as `yaml/duplicate-key` or `rubric/duplicate-id`. */
  code: string;
  /** One plain-language sentence. */
  message: string;
  /** JSON pointer into the document, when the problem concerns a value. */
  pointer?: string;
}

/** An error the user can fix (bad input, bad option); carries an exit code and no stack trace is shown. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** True when at least one diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sort by file, line, column so that output is stable. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}
