import type { Field } from '../../../document/model.js';
import { lineHeight } from './place-lines.js';

/** Inner padding of cells and field boxes, scaled with the body size so wall charts keep their look. */
export function padding(fontSize: number): number {
  return Math.max(2, fontSize * 0.3);
}

/** Side of a radio button or checkbox for a text size. */
export function buttonSize(fontSize: number): number {
  return fontSize * 1.1;
}

/** Natural height of a field's box: multi-line text fields by their `lines`, the rest one line. */
export function fieldHeight(field: Field, fontSize: number, defaultLines = 3): number {
  if (field.kind === 'choice' || field.kind === 'checkbox') return buttonSize(fontSize);
  const lines = field.kind === 'text' && field.multiline ? (field.lines ?? defaultLines) : 1;
  return lines * lineHeight(fontSize) + fontSize * 0.5;
}
