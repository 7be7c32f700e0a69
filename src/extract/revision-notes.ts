import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import type { FieldManifest } from '../document/field-manifest.js';
import { itemHashes } from '../document/item-hashes.js';
import type { Rubric } from '../rubric/rubric.generated.js';

/**
 * Warnings for a worksheet made from another revision of the rubric it is read with (the manifest's content
 * hash differs): which items' wording changed since (by the manifest's per-item text hashes), and which
 * unanswered items the rubric no longer has. None when the worksheet was made from this very rubric.
 */
export function revisionNotes(
  manifest: FieldManifest,
  rubric: Rubric,
  hash: string,
  gone: Set<string>,
): string[] {
  if (manifest.hash === hash) return [];
  const current = itemHashes(rubric);
  const changed = Object.keys(manifest.items).filter(
    (item) => !gone.has(item) && current[item] !== undefined && current[item] !== manifest.items[item],
  );
  const edition =
    manifest.edition === rubric.edition.label
      ? `edition ${manifest.edition}`
      : `edition ${manifest.edition}, read with edition ${rubric.edition.label}`;
  const warnings = [
    `made from another revision of ${rubric.id} (${edition}); answers were matched by item id`,
  ];
  if (changed.length > 0)
    warnings.push(
      `the wording of ${changed.length === 1 ? 'item' : `${changed.length} items`} ${list(changed)} changed since the worksheet was made; check that ${changed.length === 1 ? 'its answer still fits' : 'their answers still fit'}`,
    );
  if (gone.size > 0)
    warnings.push(`unanswered items no longer in the rubric were left out: ${list([...gone])}`);
  return warnings;
}

/** Item ids for a message; they may come from the document, so they are made safe to print. */
export function list(items: string[]): string {
  const shown = items.slice(0, 10).map((item) => sanitizeForDisplay(item, 80));
  return items.length > 10 ? `${shown.join(', ')} and ${items.length - 10} more` : shown.join(', ');
}
