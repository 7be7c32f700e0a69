import { strFromU8, unzipSync } from 'fflate';
import type { DocxFill } from '../extract/helpers.js';
import type { FillPlan, FormField } from './fill-plan.js';

/**
 * The content controls of a DOCX as Word shows them: checkboxes tagged `<group>=<option>` gathered into
 * rating groups (options in document order), plain-text controls by tag (multi-line when w:multiLine=1).
 */
export function docxFields(bytes: Uint8Array): FormField[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);
  const fields: FormField[] = [];
  const groups = new Map<string, string[]>();
  for (const [properties] of xml.matchAll(/<w:sdtPr>[\s\S]*?<\/w:sdtPr>/g)) {
    const tag = /<w:tag w:val="([^"]*)"\/>/.exec(properties)?.[1];
    if (tag === undefined) continue;
    if (!properties.includes('<w14:checkbox>')) {
      fields.push({ name: tag, kind: 'text', multiline: properties.includes('w:multiLine="1"') });
      continue;
    }
    const [group, option] = tag.split('=') as [string, string];
    let options = groups.get(group);
    if (!options) {
      options = [];
      groups.set(group, options);
      fields.push({ name: group, kind: 'rating', options });
    }
    options.push(option);
  }
  return fields;
}

/** The ticks and typing a Word user would do for a plan. */
export function docxFill(plan: FillPlan): DocxFill {
  return {
    tick: Object.entries(plan.ratings).map(([group, rating]) => `${group}=${rating.level}`),
    text: plan.text,
  };
}
