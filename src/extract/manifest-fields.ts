import type { FieldManifest } from '../document/field-manifest.js';
import type { Field } from '../document/model.js';

/**
 * A manifest's fields as model fields in document order, one per choice option, which is what matching
 * untagged DOCX controls by position needs (order-to-fields.ts).
 */
export function manifestFields(manifest: FieldManifest): Field[] {
  return manifest.fields.flatMap((field): Field[] => {
    const { name, label } = field;
    switch (field.kind) {
      case 'choice':
        return (field.options ?? []).map((value) => ({
          kind: 'choice',
          name,
          value,
          label: value,
          groupLabel: label,
        }));
      case 'checkbox':
        return [{ kind: 'checkbox', name, label }];
      case 'date':
        return [{ kind: 'date', name, label }];
      default:
        return [{ kind: 'text', name, label, multiline: false }];
    }
  });
}
