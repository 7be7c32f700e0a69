import { unzipSync, zipSync } from 'fflate';

export interface DocxFill {
  /** Tags of checkboxes to tick, e.g. `capacity-building.1.rating=strength`. */
  tick?: string[];
  /** Text per content-control tag; lines separated by \n become w:br as Word writes them. */
  text?: Record<string, string>;
  /** Drop every w:tag and w:alias, as LibreOffice does when it re-saves. */
  stripTags?: boolean;
}

/**
 * Fills a rendered DOCX the way Word does: a ticked checkbox gets w14:checked=1 and ☒; a text control loses
 * w:showingPlcHdr and its placeholder run is replaced by the typed text.
 */
export function fillDocx(bytes: Uint8Array, fill: DocxFill): Uint8Array {
  const entries = unzipSync(bytes);
  let xml = new TextDecoder().decode(entries['word/document.xml']);
  xml = xml.replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, (sdt) => {
    const tag = decodeXml(/<w:tag w:val="([^"]*)"\/>/.exec(sdt)?.[1] ?? '');
    let out = sdt;
    if (fill.tick?.includes(tag))
      out = out.replace('<w14:checked w14:val="0"/>', '<w14:checked w14:val="1"/>').replace('☐', '☒');
    const typed = fill.text?.[tag];
    if (typed !== undefined) {
      const runs = typed
        .split('\n')
        .map(
          (line, i) =>
            `<w:r>${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`,
        )
        .join('');
      out = out
        .replace('<w:showingPlcHdr/>', '')
        .replace(/<w:sdtContent>[\s\S]*<\/w:sdtContent>/, `<w:sdtContent>${runs}</w:sdtContent>`);
    }
    if (fill.stripTags) out = out.replace(/<w:tag [^>]*\/>/, '').replace(/<w:alias [^>]*\/>/, '');
    return out;
  });
  entries['word/document.xml'] = new TextEncoder().encode(xml);
  return zipSync(entries);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function decodeXml(text: string): string {
  return text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
