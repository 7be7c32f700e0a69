import type { FilledForm } from './filled-form.js';
import { quote, rejectInput } from './input-error.js';

/**
 * Rejects a document in which some field's value could not be read (wrong type, invalid UTF-16, a value
 * outside its options), naming each such field, before anything else is decided about the document.
 */
export function rejectInvalidValues(file: string, form: FilledForm): void {
  const bad = [...form.fields].flatMap(([name, value]) =>
    value.kind === 'invalid' ? [`${quote(name, 40)} is ${value.reason}`] : [],
  );
  if (bad.length === 0) return;
  const shown = bad.slice(0, 8).join('; ');
  throw rejectInput(
    file,
    `unreadable field value${bad.length === 1 ? '' : 's'}: ${shown}${bad.length > 8 ? `; and ${bad.length - 8} more` : ''}`,
  );
}
