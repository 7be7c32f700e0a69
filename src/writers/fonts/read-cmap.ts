/**
 * Reads a font's Unicode cmap (format 12 preferred, else format 4) into a code point → glyph id map.
 * `cmap` is the table's offset in `view`.
 */
export function readCmap(view: DataView, cmap: number): Map<number, number> {
  const count = view.getUint16(cmap + 2);
  let best: number | undefined;
  let bestRank = 0;
  for (let i = 0; i < count; i++) {
    const at = cmap + 4 + i * 8;
    const platform = view.getUint16(at);
    const encoding = view.getUint16(at + 2);
    const sub = cmap + view.getUint32(at + 4);
    const format = view.getUint16(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const rank = format === 12 ? 2 : format === 4 ? 1 : 0;
    if (rank > bestRank) {
      best = sub;
      bestRank = rank;
    }
  }
  const map = new Map<number, number>();
  if (best === undefined) return map;
  if (bestRank === 2) readFormat12(view, best, map);
  else readFormat4(view, best, map);
  return map;
}

function readFormat12(view: DataView, sub: number, map: Map<number, number>): void {
  const groups = view.getUint32(sub + 12);
  for (let i = 0; i < groups; i++) {
    const at = sub + 16 + i * 12;
    const start = view.getUint32(at);
    const end = view.getUint32(at + 4);
    const glyph = view.getUint32(at + 8);
    for (let c = start; c <= end; c++) map.set(c, glyph + c - start);
  }
}

function readFormat4(view: DataView, sub: number, map: Map<number, number>): void {
  const segments = view.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const start = view.getUint16(starts + s * 2);
    const end = view.getUint16(ends + s * 2);
    const delta = view.getUint16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
        const raw = view.getUint16(at);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
}
