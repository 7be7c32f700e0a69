/** The weighted words and word pairs of one text: what similarity and containment compare. */
export interface TextProfile {
  /** Weight of each word (occurrences × rarity). */
  words: Map<string, number>;
  /** Weight of each pair of neighbouring words, which makes the comparison sensitive to word order. */
  pairs: Map<string, number>;
  wordTotal: number;
  pairTotal: number;
}

/** Rarity of each word over a collection of token lists: ln(1 + N / df), so boilerplate weighs little. */
export function wordRarity(tokenLists: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const tokens of tokenLists) for (const t of new Set(tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = tokenLists.length;
  const rarity = new Map<string, number>();
  for (const [t, count] of df) rarity.set(t, Math.log(1 + n / count));
  return rarity;
}

/** Builds the profile of one tokenised text with the given word rarities (unknown words count as rare). */
export function textProfile(tokens: readonly string[], rarity: ReadonlyMap<string, number>): TextProfile {
  const weight = (t: string) => rarity.get(t) ?? Math.log(2 + rarity.size);
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  let wordTotal = 0;
  let pairTotal = 0;
  tokens.forEach((t, i) => {
    const w = weight(t);
    words.set(t, (words.get(t) ?? 0) + w);
    wordTotal += w;
    if (i > 0) {
      const prev = tokens[i - 1]!;
      const pw = (weight(prev) + w) / 2;
      const key = `${prev} ${t}`;
      pairs.set(key, (pairs.get(key) ?? 0) + pw);
      pairTotal += pw;
    }
  });
  return { words, pairs, wordTotal, pairTotal };
}
