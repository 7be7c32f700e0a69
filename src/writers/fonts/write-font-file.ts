/** Assembles an sfnt (TrueType) file from its tables, with checksums and the head checksum adjustment. */
export function writeFontFile(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const headerSize = 12 + tags.length * 16;
  let size = headerSize;
  for (const tag of tags) size += (tables.get(tag)!.length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  const power = 2 ** Math.floor(Math.log2(tags.length));
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tags.length * 16 - power * 16);
  let at = headerSize;
  let headAt = -1;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const record = 12 + i * 16;
    for (let j = 0; j < 4; j++) out[record + j] = tag.charCodeAt(j);
    out.set(data, at);
    view.setUint32(record + 4, checksum(view, at, data.length));
    view.setUint32(record + 8, at);
    view.setUint32(record + 12, data.length);
    if (tag === 'head') headAt = at;
    at += (data.length + 3) & ~3;
  });
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(view, 0, size)) >>> 0);
  return out;
}

function checksum(view: DataView, start: number, length: number): number {
  let sum = 0;
  const end = start + ((length + 3) & ~3);
  for (let at = start; at < end; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}
