import { TextRun } from 'docx';
import type { Run } from '../../document/model.js';

/**
 * Model runs as Word runs at a given size (half-points), stated only where it differs from the document's
 * default. Line breaks in run text become w:br, as Word has no newline inside w:t.
 */
export function runsToDocx(runs: Run[], size: number, documentSize?: number): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    run.text.split(/\r\n|\r|\n/).forEach((line, i) => {
      out.push(
        new TextRun({
          text: line,
          ...(size !== documentSize ? { size } : {}),
          ...(run.bold ? { bold: true } : {}),
          ...(run.italic ? { italics: true } : {}),
          ...(i > 0 ? { break: 1 } : {}),
        }),
      );
    });
  }
  return out;
}
