import type { ChoiceValue, FilledForm, FilledValue } from './filled-form.js';
import { htmlTags } from './html-tags.js';
import { quote, refuseInput, rejectInput } from './input-error.js';
import { LIMITS } from './limits.js';

const SKIPPED_TYPES = new Set(['hidden', 'button', 'submit', 'reset', 'image', 'file', 'password']);

/**
 * Reads an HTML worksheet saved from a browser ("Save page as"): the worksheet's script mirrors answers
 * into the inputs' value/checked attributes and the textareas' text, and `<meta name="rubricate.*">`
 * records the rubric. Radio buttons sharing a name form one choice group; any other name used twice is
 * ambiguous.
 */
export function readHtmlForm(file: string, bytes: Uint8Array): FilledForm {
  if (bytes.length > LIMITS.fileBytes) throw refuseInput(file, 'the file is larger than the size limit');
  let html: string;
  try {
    html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw rejectInput(file, 'not valid UTF-8 (a saved worksheet is UTF-8)');
  }
  const metadata = new Map<string, string>();
  const fields = new Map<string, FilledValue>();
  const ambiguous = (name: string) =>
    rejectInput(file, `ambiguous field ${quote(name)}: more than one input has this name`);
  let manifest: string | undefined;
  for (const tag of htmlTags(html)) {
    if (tag.name === 'script' && tag.text !== undefined) {
      if (manifest !== undefined) throw rejectInput(file, 'ambiguous field manifest (two manifest scripts)');
      manifest = tag.text;
      continue;
    }
    const name = tag.attributes.get('name');
    if (tag.name === 'meta' && name?.startsWith('rubricate.')) {
      if (metadata.has(name)) throw rejectInput(file, `ambiguous metadata ${quote(name)} (set twice)`);
      metadata.set(name, tag.attributes.get('content') ?? '');
    }
    if (!name || (tag.name !== 'input' && tag.name !== 'textarea')) continue;
    const type = tag.name === 'textarea' ? 'textarea' : (tag.attributes.get('type') ?? 'text').toLowerCase();
    if (SKIPPED_TYPES.has(type)) continue;
    const checked = tag.attributes.has('checked');
    if (type === 'radio') {
      const group = fields.get(name) ?? ({ kind: 'choice', selected: [], options: [] } as ChoiceValue);
      if (group.kind !== 'choice') throw ambiguous(name);
      const value = tag.attributes.get('value') ?? 'on';
      group.options.push(value);
      if (checked) group.selected.push(value);
      fields.set(name, group);
      continue;
    }
    if (fields.has(name)) throw ambiguous(name);
    const text = tag.name === 'textarea' ? (tag.text ?? '') : (tag.attributes.get('value') ?? '');
    if (text.length > LIMITS.fieldChars)
      throw refuseInput(file, `field ${quote(name)} holds more than ${LIMITS.fieldChars} characters`);
    fields.set(
      name,
      type === 'checkbox'
        ? { kind: 'checkbox', checked }
        : { kind: 'text', value: text === '' ? null : text },
    );
  }
  if (fields.size === 0) throw rejectInput(file, 'no form fields (inputs with a name) found');
  return { format: 'html', method: 'html', metadata, fields, notes: [], ...(manifest ? { manifest } : {}) };
}
