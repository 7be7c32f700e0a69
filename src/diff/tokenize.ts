/** Letters and digits in any script; everything else separates words. */
const WORD = /[\p{L}\p{N}]+/gu;
/** Short stems keep "responsible"/"responsibility" and "school"/"schools" together without a dictionary. */
const STEM_LENGTH = 7;

/**
 * The comparable words of a text, in order: case-folded, with curly quotes and compatibility forms
 * normalised, plural `s` dropped and cut to a short stem. Used for similarity, never for display.
 */
export function tokenize(text: string): string[] {
  const words = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").replace(/'s\b/g, '').match(WORD);
  if (!words) return [];
  return words.map(stem);
}

function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.slice(0, STEM_LENGTH);
}
