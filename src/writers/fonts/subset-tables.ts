/**
 * The cmap and name tables of a subset font. The cmap has a (3,1) format 4 subtable for the Basic
 * Multilingual Plane (what viewers use to map a simple font's character names to glyphs) and a (3,10)
 * format 12 subtable for every character; the name table names the font, which iText (pdftk) requires
 * before it will draw typed text with an embedded font.
 */
export function subsetCmap(cmap: Map<number, number>): Uint8Array {
  const codes = [...cmap.keys()].sort((a, b) => a - b);
  const groups: [number, number, number][] = [];
  for (const c of codes) {
    const g = cmap.get(c)!;
    const last = groups[groups.length - 1];
    if (last && c === last[1] + 1 && g === last[2] + c - last[0]) last[1] = c;
    else groups.push([c, c, g]);
  }
  const format4 = bmpSubtable(groups.filter(([start]) => start <= 0xffff));
  const format12 = new DataView(new ArrayBuffer(16 + groups.length * 12));
  format12.setUint16(0, 12);
  format12.setUint32(4, 16 + groups.length * 12);
  format12.setUint32(12, groups.length);
  groups.forEach(([start, end, glyph], i) => {
    format12.setUint32(16 + i * 12, start);
    format12.setUint32(20 + i * 12, end);
    format12.setUint32(24 + i * 12, glyph);
  });
  const out = new Uint8Array(20 + format4.length + format12.byteLength);
  const view = new DataView(out.buffer);
  view.setUint16(2, 2);
  view.setUint16(4, 3);
  view.setUint16(6, 1);
  view.setUint32(8, 20);
  view.setUint16(12, 3);
  view.setUint16(14, 10);
  view.setUint32(16, 20 + format4.length);
  out.set(format4, 20);
  out.set(new Uint8Array(format12.buffer), 20 + format4.length);
  return out;
}

/** A format 4 subtable: one segment per run of consecutive characters and glyphs (idDelta), then 0xFFFF. */
function bmpSubtable(groups: [number, number, number][]): Uint8Array {
  const segments = groups.map(([start, end, glyph]) => {
    const clipped = Math.min(end, 0xfffe);
    return [start, clipped, (glyph - start) & 0xffff] as const;
  });
  segments.push([0xffff, 0xffff, 1]);
  const n = segments.length;
  const length = 16 + n * 8;
  const view = new DataView(new ArrayBuffer(length));
  view.setUint16(0, 4);
  view.setUint16(2, length);
  view.setUint16(6, n * 2);
  const power = 2 ** Math.floor(Math.log2(n));
  view.setUint16(8, power * 2);
  view.setUint16(10, Math.log2(power));
  view.setUint16(12, n * 2 - power * 2);
  segments.forEach(([start, end, delta], i) => {
    view.setUint16(14 + i * 2, end);
    view.setUint16(16 + n * 2 + i * 2, start);
    view.setUint16(16 + n * 4 + i * 2, delta);
    // idRangeOffset (16 + n * 6) stays 0: glyphs come from idDelta.
  });
  return new Uint8Array(view.buffer);
}

/** A name table (format 0, Windows Unicode English) with family, style, full and PostScript names. */
export function subsetName(postScriptName: string): Uint8Array {
  const names: [number, string][] = [
    [1, postScriptName],
    [2, 'Regular'],
    [4, postScriptName],
    [6, postScriptName],
  ];
  const header = 6 + names.length * 12;
  const strings = names.map(([, text]) => text);
  const size = header + strings.reduce((sum, s) => sum + s.length * 2, 0);
  const view = new DataView(new ArrayBuffer(size));
  view.setUint16(2, names.length);
  view.setUint16(4, header);
  let offset = 0;
  names.forEach(([id, text], i) => {
    const at = 6 + i * 12;
    view.setUint16(at, 3);
    view.setUint16(at + 2, 1);
    view.setUint16(at + 4, 0x409);
    view.setUint16(at + 6, id);
    view.setUint16(at + 8, text.length * 2);
    view.setUint16(at + 10, offset);
    for (let j = 0; j < text.length; j++) view.setUint16(header + offset + j * 2, text.charCodeAt(j));
    offset += text.length * 2;
  });
  return new Uint8Array(view.buffer);
}
