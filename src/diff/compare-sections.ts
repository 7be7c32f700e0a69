import type { Section } from '../rubric/rubric.generated.js';
import type { SectionPair } from './align-sections.js';
import { compareFields } from './compare-fields.js';
import type { SectionChange } from './types.js';

/** The changes to the ingredients themselves (id, title, description), in the order of the section pairs. */
export function compareSections(
  older: readonly Section[],
  newer: readonly Section[],
  pairs: readonly SectionPair[],
): SectionChange[] {
  return pairs.map(([o, n]) => {
    const before = o === null ? undefined : older[o];
    const after = n === null ? undefined : newer[n];
    const head = (s: Section | undefined) => (s ? { id: s.id, title: s.title } : null);
    const fields = compareFields(ownFields(before), ownFields(after));
    const kind = !before ? 'added' : !after ? 'removed' : fields.length > 0 ? 'changed' : 'unchanged';
    return { kind, old: head(before), new: head(after), fields: before && after ? fields : [] };
  });
}

function ownFields(section: Section | undefined): Map<string, string> {
  const fields = new Map<string, string>();
  if (!section) return fields;
  fields.set('id', section.id);
  fields.set('title', section.title);
  if (section.description !== undefined) fields.set('description', section.description);
  return fields;
}
