/** A ToUnicode CMap mapping 2-byte glyph ids to the characters they were drawn for. */
export function toUnicodeCMap(used: Map<number, number>): string {
  const entries = [...used].sort((a, b) => a[0] - b[0]);
  const hex = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, '0');
  const utf16 = (code: number) => {
    const s = String.fromCodePoint(code);
    let out = '';
    for (let i = 0; i < s.length; i++) out += hex(s.charCodeAt(i), 4);
    return out;
  };
  let body = '';
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    body += `${chunk.length} beginbfchar\n`;
    for (const [glyph, code] of chunk) body += `<${hex(glyph, 4)}> <${utf16(code)}>\n`;
    body += 'endbfchar\n';
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
${body}endcmap
CMapName currentobject /CMap defineresource pop
end
end
`;
}
