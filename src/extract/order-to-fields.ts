import type { Field } from '../document/model.js';
import type { ChoiceValue, FilledValue, OrderedControl } from './filled-form.js';
import { rejectInput } from './input-error.js';

/**
 * Names untagged content controls by their position: the worksheet's fields in document order, one
 * checkbox per rating option and one text control per text or date field. The document's controls must
 * line up with the template's exactly (count and kind at every position), or nothing is guessed.
 */
export function orderToFields(
  file: string,
  controls: OrderedControl[],
  expected: Field[],
): Map<string, FilledValue> {
  if (controls.length !== expected.length)
    throw rejectInput(
      file,
      `the content controls have no tags and their number (${controls.length}) differs from the worksheet's fields (${expected.length}), so they cannot be matched by order`,
    );
  const fields = new Map<string, FilledValue>();
  expected.forEach((field, index) => {
    const control = controls[index] as OrderedControl;
    const wantsCheckbox = field.kind === 'choice' || field.kind === 'checkbox';
    if (wantsCheckbox !== (control.kind === 'checkbox'))
      throw rejectInput(
        file,
        `untagged content control ${index + 1} is a ${control.kind === 'checkbox' ? 'checkbox' : 'text control'}, but field ${index + 1} of the worksheet (${field.name}) is not, so the controls cannot be matched by order`,
      );
    const checked = control.kind === 'checkbox' && control.checked;
    if (field.kind === 'choice') {
      const group = (fields.get(field.name) as ChoiceValue | undefined) ?? {
        kind: 'choice',
        selected: [],
        options: [],
      };
      group.options.push(field.value);
      if (checked) group.selected.push(field.value);
      fields.set(field.name, group);
    } else if (field.kind === 'checkbox') fields.set(field.name, { kind: 'checkbox', checked });
    else fields.set(field.name, control.kind === 'text' ? control : { kind: 'text', value: null });
  });
  return fields;
}
