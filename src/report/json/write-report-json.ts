import type { Report } from '../../score/report.js';

/**
 * The report as JSON (schema/report.schema.json, documented in docs/report.md): keys in the order the
 * report is built, two-space indent, a final newline; the same report always gives the same bytes.
 */
export async function writeReportJson(report: Report): Promise<string> {
  return `${JSON.stringify(report, null, 2)}\n`;
}
