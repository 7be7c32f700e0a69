import type { CorpusCase } from './corpus-case.js';
import { DOCX_CASES } from './docx-cases.js';
import { HTML_CASES } from './html-cases.js';
import { LARGE_YAML_CASES } from './large-yaml-cases.js';
import { PDF_CASES } from './pdf-cases.js';
import { RATING_VALUE_CASES } from './rating-value-cases.js';
import { RENDER_CASES } from './render-cases.js';
import { YAML_CASES } from './yaml-cases.js';

/** Every case of the corpus, in INDEX.md order. */
export const CORPUS: readonly CorpusCase[] = [
  ...YAML_CASES,
  ...RATING_VALUE_CASES,
  ...LARGE_YAML_CASES,
  ...PDF_CASES,
  ...DOCX_CASES,
  ...HTML_CASES,
  ...RENDER_CASES,
];

/** The cases whose id starts with `prefix/`. */
export function casesOf(prefix: string): CorpusCase[] {
  return CORPUS.filter((c) => c.id.startsWith(`${prefix}/`));
}
