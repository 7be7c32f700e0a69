import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Inputs larger than this are refused before parsing (YAML parsing is super-linear on huge maps). */
export const MAX_YAML_BYTES = 8 * 1024 * 1024;

export type Decoded = { text: string; diagnostics: [] } | { text?: undefined; diagnostics: Diagnostic[] };

/**
 * Turns the bytes of a YAML file into text: refuses oversized input, decodes UTF-8 (with or without BOM)
 * and UTF-16 with a BOM, and reports invalid UTF-8, UTF-16 without a BOM and NUL bytes with their position
 * instead of silently replacing them.
 */
export function decodeText(bytes: Uint8Array, file: string, maxBytes = MAX_YAML_BYTES): Decoded {
  const fail = (line: number, column: number, code: string, message: string): Decoded => ({
    diagnostics: [{ file, line, column, severity: 'error', code, message }],
  });
  if (bytes.length > maxBytes) {
    return fail(0, 0, 'input/too-large', `file is ${bytes.length} bytes; the limit is ${maxBytes} bytes`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return checkNul(new TextDecoder('utf-16le').decode(bytes.subarray(2)), file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return checkNul(new TextDecoder('utf-16be').decode(bytes.subarray(2)), file);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes.length >= 2 && (bytes[start] === 0 || bytes[start + 1] === 0) && bytes.length - start >= 2) {
    return fail(1, 1, 'input/encoding', 'file looks like UTF-16 without a byte-order mark; save it as UTF-8');
  }
  const bad = firstInvalidUtf8(bytes, start);
  if (bad >= 0) {
    const { line, column } = bytePosition(bytes, start, bad);
    return fail(
      line,
      column,
      'input/invalid-utf8',
      `invalid UTF-8 byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at byte ${bad}`,
    );
  }
  return checkNul(new TextDecoder('utf-8').decode(bytes.subarray(start)), file);
}

function checkNul(text: string, file: string): Decoded {
  const at = text.indexOf('\u0000');
  if (at < 0) return { text, diagnostics: [] };
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return {
    diagnostics: [
      { file, line, column, severity: 'error', code: 'input/nul-byte', message: 'file contains a NUL byte' },
    ],
  };
}

/** Index of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column (in characters) of a byte offset in valid UTF-8 text before it. */
function bytePosition(bytes: Uint8Array, start: number, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(start, offset));
  const line = before.split('\n').length;
  return { line, column: [...before.slice(before.lastIndexOf('\n') + 1)].length + 1 };
}
