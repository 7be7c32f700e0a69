import { UserError } from '../diagnostics/diagnostic.js';
import { rubricHash } from '../rubric/content-hash.js';
import { loadRubric } from '../rubric/load-rubric.js';
import { resolveRubricPath, shippedRubrics } from '../rubric/registry.js';
import type { Rubric } from '../rubric/rubric.generated.js';
import { quote, rejectInput } from './input-error.js';

/** The rubric a filled worksheet answers, and its content hash. */
export interface MatchedRubric {
  rubric: Rubric;
  hash: string;
}

/**
 * Finds the rubric a document was made from: the one named by --rubric, else the shipped rubric whose id
 * the document records (rubricate.rubric-id). Either way the document's recorded id, edition and content
 * hash must match the rubric exactly: answers to another edition or a changed rubric are refused, since
 * field names alone cannot tell that the wording under them changed. With `revisions` (the worksheet carries
 * a field manifest with per-item text hashes) only the id must match.
 */
export async function matchRubric(
  file: string,
  metadata: Map<string, string>,
  requested: string | undefined,
  revisions = false,
): Promise<MatchedRubric> {
  const id = metadata.get('rubricate.rubric-id');
  let path: string;
  if (requested !== undefined) path = resolveRubricPath(requested);
  else if (id === undefined)
    throw rejectInput(
      file,
      'the document does not record which rubric it answers (no rubricate.rubric-id); name it with --rubric',
    );
  else {
    const shipped = shippedRubrics().get(id);
    if (!shipped)
      throw rejectInput(
        file,
        `made from rubric ${quote(id)}, which is not a shipped rubric; name its file with --rubric`,
      );
    path = shipped;
  }
  const { loaded, diagnostics } = await loadRubric(path);
  if (!loaded)
    throw new UserError(`the rubric ${path} is invalid; run rubricate validate ${path}`, 2, diagnostics);
  const { rubric } = loaded;
  const hash = contentHash(loaded.file, loaded.text, rubric);
  const edition = metadata.get('rubricate.edition');
  const recordedHash = metadata.get('rubricate.rubric-hash');
  if (id !== undefined && id !== rubric.id)
    throw rejectInput(file, `made from rubric ${quote(id)}, not ${quote(rubric.id)}`);
  // With a field manifest, another revision is read item by item (manifest-to-responses.ts).
  if (revisions) return { rubric, hash };
  if (edition !== undefined && edition !== rubric.edition.label)
    throw rejectInput(
      file,
      `made from edition ${quote(edition)} of ${rubric.id}, not edition ${quote(rubric.edition.label)}`,
    );
  if (recordedHash !== undefined && recordedHash !== hash)
    throw rejectInput(
      file,
      `made from a different version of ${rubric.id} (content hash ${quote(recordedHash.slice(0, 12))}… does not match ${hash.slice(0, 12)}…)`,
    );
  return { rubric, hash };
}

/**
 * Content hashes by rubric file and text: the same text read from the same file gives the same rubric, so
 * 1,000 worksheets of one rubric hash it once (its canonical JSON was ~4% of extract's CPU).
 */
const hashes = new Map<string, string>();

function contentHash(file: string, text: string, rubric: Rubric): string {
  const key = `${file}\u0000${text}`;
  let hash = hashes.get(key);
  if (hash === undefined) {
    hash = rubricHash(rubric);
    hashes.set(key, hash);
  }
  return hash;
}
