import { STOP_WORDS } from './stop-words.js';

/** Letters and digits in any script; everything else separates words. */
const WORD = /[\p{L}\p{N}]+/gu;
/** Stems are cut to this length: "responsible"/"responsibility" meet, "community"/"communications" do not. */
const STEM_LENGTH = 8;
/** Endings taken off a word to find its stem, longest first: publicly/public, shares/sharing/shared. */
const SUFFIXES = ['ments', 'ment', 'ingly', 'ings', 'ing', 'edly', 'ly', 'ed', 'es', 's'];
/** Endings that need a longer stem before them: publicly/public, but early and family stay whole. */
const LONG_STEM: Readonly<Record<string, number>> = { ly: 5, ingly: 5, edly: 5 };
/** A final s that is no plural: address, focus, analysis. */
const KEEP_FINAL_S = /(ss|us|is)$/;
/** A stem keeps at least this many letters, so that short words are left alone. */
const MIN_STEM = 3;

/**
 * The comparable words of a text, in order: case-folded, with curly quotes and compatibility forms
 * normalised, stop words left out (unless nothing else is left) and each word cut to a light stem.
 * Used for similarity, never for display.
 */
export function tokenize(text: string): string[] {
  const words = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").replace(/'s\b/g, '').match(WORD);
  if (!words) return [];
  const content = words.filter((w) => !STOP_WORDS.has(w));
  return (content.length > 0 ? content : words).map(stem);
}

/** A light stem without a dictionary: one ending off, a final e off, a doubled last consonant undoubled. */
export function stem(word: string): string {
  if (/^\p{N}+$/u.test(word)) return word;
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else {
    const suffix = ending(w);
    if (suffix) w = w.slice(0, -suffix.length);
  }
  if (w.length > MIN_STEM && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > MIN_STEM && /([b-df-hj-np-rtv-z])\1$/.test(w) && !/[lsz]$/.test(w)) w = w.slice(0, -1);
  return w.slice(0, STEM_LENGTH);
}

function ending(word: string): string | undefined {
  return SUFFIXES.find(
    (s) =>
      word.endsWith(s) &&
      word.length - s.length >= (LONG_STEM[s] ?? MIN_STEM) &&
      !(s === 's' && KEEP_FINAL_S.test(word)),
  );
}
