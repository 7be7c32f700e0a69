import type { GroupedReport, Report } from '../../score/report.js';
import { neutralizeControls } from '../neutralize-controls.js';
import { jsonPieces } from './json-pieces.js';

/**
 * The report as JSON (schema/report.schema.json, documented in docs/report.md): keys in the order the
 * report is built, two-space indent, a final newline; the same report always gives the same bytes. Raw
 * control and bidi characters are escaped (neutralizeControls), which inside a JSON string keeps the data.
 */
export async function writeReportJson(report: Report | GroupedReport): Promise<Uint8Array> {
  return jsonBytes(report);
}

/** `JSON.stringify(value, null, 2)` and a newline, neutralized and encoded as UTF-8 piece by piece. */
export function jsonBytes(value: unknown): Buffer {
  const pieces = jsonPieces(value).map(neutralizeControls);
  pieces.push('\n');
  // One buffer of the exact size: growing one by doubling cost more than writing the report.
  let size = 0;
  for (const piece of pieces) size += Buffer.byteLength(piece);
  const bytes = Buffer.allocUnsafe(size);
  let length = 0;
  for (const piece of pieces) length += bytes.write(piece, length);
  return bytes;
}
