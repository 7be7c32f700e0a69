import type { Paint } from './paint.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import type { DiffFormat } from './render-stat.js';
import { renderText } from './render-text.js';
import type { RubricDiff } from './types.js';

/** The renderer for each output format: one table, so that an unknown name is one clear error. */
export const DIFF_FORMATS: Record<DiffFormat, (diff: RubricDiff, paint?: Paint) => string> = {
  text: renderText,
  md: renderMarkdown,
  json: renderJson,
  html: renderHtml,
};

/** Renders a diff in the named format (`paint` colours the text format only). */
export function renderDiff(diff: RubricDiff, format: DiffFormat, paint?: Paint): string {
  return DIFF_FORMATS[format](diff, paint);
}
