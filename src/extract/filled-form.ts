/**
 * What a low-level reader (PDF, DOCX, HTML) finds in a filled worksheet, before any rubric is involved:
 * the document's rubricate.* metadata and its fields by name. Names are kept in a Map, so a field called
 * `__proto__` is inert data.
 */
export interface FilledForm {
  format: 'pdf' | 'docx' | 'html';
  /** How fields were identified; `docx-order` when the controls had no tags and `ordered` holds them. */
  method: 'pdf-fields' | 'docx-tags' | 'docx-order' | 'html';
  /** The `rubricate.*` document properties (docs/fields.md), keyed without prefix removal. */
  metadata: Map<string, string>;
  fields: Map<string, FilledValue>;
  /** Untagged controls in document order (DOCX re-saved by LibreOffice), matched by position later. */
  ordered?: OrderedControl[];
  /** The JSON text of the worksheet's field manifest (docs/fields.md), when it carries one. */
  manifest?: string;
  /** Things worth telling the user that do not stop extraction (e.g. "2 revisions"). */
  notes: string[];
}

/** A field's value: text, a choice among options, a checkbox, or a value that could not be read. */
export type FilledValue = TextValue | ChoiceValue | CheckboxValue | InvalidValue;

export interface TextValue {
  kind: 'text';
  /** null when the field is empty or still shows its placeholder. */
  value: string | null;
}

export interface ChoiceValue {
  kind: 'choice';
  /** Every selected export value, in option order; more than one is reported, never resolved. */
  selected: string[];
  /** The group's export values in document order, when known. */
  options: string[];
}

export interface CheckboxValue {
  kind: 'checkbox';
  checked: boolean;
}

/** A value of the wrong type or encoding; the reason names what was found, never the raw object. */
export interface InvalidValue {
  kind: 'invalid';
  reason: string;
}

/** An untagged DOCX content control: a checkbox or a text control. */
export type OrderedControl = { kind: 'checkbox'; checked: boolean } | TextValue;
