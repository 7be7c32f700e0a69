import type { Field } from '../../document/model.js';
import { accessibleName } from '../../document/structure.js';
import { type ControlIds, checkboxControl, textControl } from './content-controls.js';
import { OPTION_LABEL_SCALE, OPTION_LABEL_STYLE } from './docx-styles.js';
import { runXml } from './runs-to-docx.js';

export interface FieldPlacement {
  ids: ControlIds;
  /** Font size in half-points. */
  size: number;
  /** The document's default size in half-points: not stated again. */
  documentSize: number;
  /** In a narrow table cell the option's label goes under its box, smaller; elsewhere beside it. */
  inCell: boolean;
}

/**
 * One field as paragraph content: a content control tagged with the field's name (docs/fields.md), and for
 * checkboxes the label text next to the box so it reads the same on paper as in Word.
 */
export function fieldToDocx(field: Field, placement: FieldPlacement): string {
  const { ids } = placement;
  const size = placement.size === placement.documentSize ? undefined : placement.size;
  switch (field.kind) {
    case 'choice': {
      const tag = `${field.name}=${field.value}`;
      const checked = field.selected === true;
      // The title a screen reader announces names the item and the level, not the level alone.
      const alias = accessibleName(field);
      return checkboxControl(ids, { tag, alias, checked, size }) + label(field.label, placement);
    }
    case 'checkbox': {
      const checked = field.checked === true;
      const control = checkboxControl(ids, { tag: field.name, alias: field.label, checked, size });
      return control + label(field.label, placement);
    }
    case 'text':
    case 'date':
      return textControl(ids, {
        tag: field.name,
        alias: field.label,
        multiline: field.kind === 'text' && field.multiline,
        size,
        ...(field.value !== undefined ? { value: field.value } : {}),
      });
  }
}

function label(text: string, { size, documentSize, inCell }: FieldPlacement): string {
  if (!inCell) return runXml(` ${text}`, { size: size === documentSize ? undefined : size });
  // The style carries the small size in body-size cells; cells of other sizes state theirs.
  const small = size === documentSize ? undefined : Math.max(2, Math.round(size * OPTION_LABEL_SCALE));
  return runXml(text, { style: OPTION_LABEL_STYLE, size: small, breakBefore: true });
}
