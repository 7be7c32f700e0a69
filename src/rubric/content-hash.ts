import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so that the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * SHA-256 of a rubric's content (not its formatting or comments): documents carry it so that a filled
 * worksheet can be matched to exactly the rubric it was made from.
 */
export function rubricHash(rubric: unknown): string {
  return createHash('sha256').update(canonicalJson(rubric)).digest('hex');
}
