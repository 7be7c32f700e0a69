import { UserError } from '../diagnostics/diagnostic.js';
import type { GroupedReport, Report } from '../score/report.js';
import { neutralizeControls } from './neutralize-controls.js';

export type ReportFormat = 'text' | 'md' | 'json' | 'csv' | 'csv-wide' | 'html' | 'pdf' | 'docx';

export interface ReportWriteOptions {
  /** ANSI colours in the terminal report (the command decides: a TTY without NO_COLOR). */
  color?: boolean;
}

type ReportWriter = (report: Report, options: ReportWriteOptions) => Promise<Uint8Array | string>;
type GroupedWriter = (report: GroupedReport, options: ReportWriteOptions) => Promise<Uint8Array | string>;

/**
 * Report writers by format name, each loaded only when asked for: a JSON report never loads pdf-lib,
 * docx or handlebars. PDF and DOCX go through the same document model and writers as the worksheets.
 */
const WRITERS: Record<ReportFormat, () => Promise<ReportWriter>> = {
  text: async () => (await import('./text/write-report-text.js')).writeReportText,
  md: async () => (await import('./markdown/write-report-markdown.js')).writeReportMarkdown,
  json: async () => (await import('./json/write-report-json.js')).writeReportJson,
  csv: async () => (await import('./csv/write-report-csv.js')).writeReportCsv,
  'csv-wide': async () => (await import('./csv/write-wide-csv.js')).writeWideCsv,
  html: async () => {
    const { writeReportHtml } = await import('./html/write-report-html.js');
    return async (report) => writeReportHtml(report);
  },
  pdf: async () => documentWriter('pdf'),
  docx: async () => documentWriter('docx'),
};

/** The same formats for a grouped report (--group-by): the roll-up, then one section per group. */
const GROUPED_WRITERS: Record<ReportFormat, () => Promise<GroupedWriter>> = {
  text: async () => (await import('./text/write-grouped-text.js')).writeGroupedText,
  md: async () => (await import('./markdown/write-grouped-markdown.js')).writeGroupedMarkdown,
  json: async () => (await import('./json/write-report-json.js')).writeReportJson,
  csv: async () => (await import('./csv/write-report-csv.js')).writeGroupedCsv,
  'csv-wide': async () => (await import('./csv/write-wide-csv.js')).writeGroupedWideCsv,
  html: async () => {
    const { writeGroupedHtml } = await import('./html/write-grouped-html.js');
    return async (report) => writeGroupedHtml(report);
  },
  pdf: async () => groupedDocumentWriter('pdf'),
  docx: async () => groupedDocumentWriter('docx'),
};

export const REPORT_FORMATS = Object.keys(WRITERS) as ReportFormat[];

async function groupedDocumentWriter(format: 'pdf' | 'docx'): Promise<GroupedWriter> {
  const [{ groupedDocument }, { writeDocument }] = await Promise.all([
    import('./report-grouped-document.js'),
    import('../writers/index.js'),
  ]);
  return (report) => writeDocument(format, groupedDocument(report));
}

async function documentWriter(format: 'pdf' | 'docx'): Promise<ReportWriter> {
  const [{ reportDocument }, { writeDocument }] = await Promise.all([
    import('./report-document.js'),
    import('../writers/index.js'),
  ]);
  return (report) => writeDocument(format, reportDocument(report));
}

const ALIASES: Record<string, ReportFormat> = {
  markdown: 'md',
  txt: 'text',
  htm: 'html',
  'wide-csv': 'csv-wide',
};

/** Parses a --format value (`markdown`, `txt` and `htm` are accepted too). */
export function parseReportFormat(value: string): ReportFormat {
  const lower = value.toLowerCase();
  const name = ALIASES[lower] ?? (lower as ReportFormat);
  if (!REPORT_FORMATS.includes(name))
    throw new UserError(`unknown format "${value}"; choose one of ${REPORT_FORMATS.join(', ')}`);
  return name;
}

/** The format implied by an output file's extension, if any. */
export function reportFormatFromPath(path: string): ReportFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === undefined) return undefined;
  const name = ALIASES[ext] ?? (ext as ReportFormat);
  return REPORT_FORMATS.includes(name) ? name : undefined;
}

/**
 * Text formats whose whole output has raw control and bidi characters from answers escaped; the JSON
 * writer escapes its own output, piece by piece (write-report-json.ts).
 */
const NEUTRALIZED: ReadonlySet<ReportFormat> = new Set(['csv', 'csv-wide', 'html', 'md']);

/** Renders a report, or a report by group, in one format. */
export async function writeReport(
  format: ReportFormat,
  report: Report | GroupedReport,
  options: ReportWriteOptions = {},
): Promise<Uint8Array | string> {
  const output =
    'groups' in report
      ? await (await GROUPED_WRITERS[format]())(report, options)
      : await (await WRITERS[format]())(report, options);
  return typeof output === 'string' && NEUTRALIZED.has(format) ? neutralizeControls(output) : output;
}
