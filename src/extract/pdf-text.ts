/** PDFDocEncoding bytes 0x18–0x1F and 0x80–0xA0 that differ from Latin-1 (ISO 32000-2, Annex D). */
const PDF_DOC_DIFFERENCES: Record<number, number> = {
  24: 0x02d8,
  25: 0x02c7,
  26: 0x02c6,
  27: 0x02d9,
  28: 0x02dd,
  29: 0x02db,
  30: 0x02da,
  31: 0x02dc,
  128: 0x2022,
  129: 0x2020,
  130: 0x2021,
  131: 0x2026,
  132: 0x2014,
  133: 0x2013,
  134: 0x0192,
  135: 0x2044,
  136: 0x2039,
  137: 0x203a,
  138: 0x2212,
  139: 0x2030,
  140: 0x201e,
  141: 0x201c,
  142: 0x201d,
  143: 0x2018,
  144: 0x2019,
  145: 0x201a,
  146: 0x2122,
  147: 0xfb01,
  148: 0xfb02,
  149: 0x0141,
  150: 0x0152,
  151: 0x0160,
  152: 0x0178,
  153: 0x017d,
  154: 0x0131,
  155: 0x0142,
  156: 0x0153,
  157: 0x0161,
  158: 0x017e,
  160: 0x20ac,
};

/** A decoded PDF text string, or why it could not be decoded. */
export type PdfText = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Decodes a PDF text string's bytes by its byte-order mark: UTF-16BE (FE FF), UTF-16LE (FF FE, seen in the
 * wild), UTF-8 (EF BB BF, PDF 2.0), else PDFDocEncoding. Invalid UTF-16 or UTF-8 (lone surrogates, odd
 * length) is reported, never replaced with U+FFFD.
 */
export function pdfText(bytes: Uint8Array): PdfText {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xfe && b === 0xff) return strict('utf-16be', bytes.subarray(2));
  if (a === 0xff && b === 0xfe) return strict('utf-16le', bytes.subarray(2));
  if (a === 0xef && b === 0xbb && c === 0xbf) return strict('utf-8', bytes.subarray(3));
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...Array.from(chunk, (byte) => PDF_DOC_DIFFERENCES[byte] ?? byte));
  }
  return { ok: true, text };
}

function strict(encoding: string, bytes: Uint8Array): PdfText {
  const label = encoding.toUpperCase();
  if (encoding !== 'utf-8' && bytes.length % 2 !== 0)
    return { ok: false, reason: `invalid ${label} text (odd number of bytes)` };
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: `invalid ${label} text (e.g. an unpaired surrogate)` };
  }
}

/** A PDF name's bytes (after #xx escapes) as text: UTF-8 when valid (PDF 2.0), else PDFDocEncoding. */
export function pdfNameText(bytes: Uint8Array): string {
  const unescaped = lowercaseEscapes(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(unescaped);
  } catch {
    const decoded = pdfText(unescaped);
    return decoded.ok ? decoded.text : new TextDecoder('latin1').decode(unescaped);
  }
}

/**
 * pdf-lib decodes only upper-case `#XX` escapes in names, but the standard allows either case (`/ok#2dnow`
 * is `/ok-now`): decode the escapes it left, those with a lower-case hex digit. (A literal `#` is written
 * `#23`, so such a sequence is an escape unless the name spelt `#23` before lower-case hex digits.)
 */
function lowercaseEscapes(bytes: Uint8Array): Uint8Array {
  if (!bytes.includes(0x23)) return bytes;
  const text = Buffer.from(bytes).toString('latin1');
  const decoded = text.replace(/#(?=[0-9a-fA-F]{2})(?=.?[a-f])([0-9a-fA-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
  return decoded === text ? bytes : Buffer.from(decoded, 'latin1');
}
