/** More code points than Unicode has: a cmap that maps more is damaged (or built to exhaust memory). */
const MAX_MAPPINGS = 0x110000;

/**
 * Reads a font's Unicode cmap (format 12 preferred, else format 4) into a code point → glyph id map.
 * `cmap` views the table alone, so a subtable that reaches past it throws a RangeError.
 */
export function readCmap(cmap: DataView): Map<number, number> {
  const count = cmap.getUint16(2);
  let best: number | undefined;
  let bestRank = 0;
  for (let i = 0; i < count; i++) {
    const at = 4 + i * 8;
    const platform = cmap.getUint16(at);
    const encoding = cmap.getUint16(at + 2);
    const sub = cmap.getUint32(at + 4);
    const format = cmap.getUint16(sub);
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
  if (bestRank === 2) readFormat12(cmap, best, map);
  else readFormat4(cmap, best, map);
  return map;
}

function readFormat12(view: DataView, sub: number, map: Map<number, number>): void {
  const groups = view.getUint32(sub + 12);
  let mapped = 0;
  for (let i = 0; i < groups; i++) {
    const at = sub + 16 + i * 12;
    const start = view.getUint32(at);
    const end = Math.min(view.getUint32(at + 4), 0x10ffff);
    const glyph = view.getUint32(at + 8);
    mapped += Math.max(0, end - start + 1);
    if (mapped > MAX_MAPPINGS) throw new RangeError('its cmap maps more characters than Unicode has');
    for (let c = start; c <= end; c++) map.set(c, glyph + c - start);
  }
}

function readFormat4(view: DataView, sub: number, map: Map<number, number>): void {
  const segments = view.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  let mapped = 0;
  for (let s = 0; s < segments; s++) {
    const start = view.getUint16(starts + s * 2);
    const end = view.getUint16(ends + s * 2);
    const delta = view.getUint16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    mapped += Math.max(0, end - start + 1);
    if (mapped > MAX_MAPPINGS) throw new RangeError('its cmap maps more characters than Unicode has');
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
