import { UserError } from '../../diagnostics/diagnostic.js';
import type { Trend } from '../../score/trend.js';
import { csvRow } from '../csv/csv-cell.js';
import { mdTable, mdText } from '../markdown/markdown-text.js';
import { clip } from '../text/text-style.js';
import { textTable } from '../text/text-table.js';
import { roundLines, trendNote, trendRows, trendTitle } from './trend-rows.js';

export type TrendFormat = 'text' | 'md' | 'json' | 'csv' | 'html';
export const TREND_FORMATS: TrendFormat[] = ['text', 'md', 'json', 'csv', 'html'];

/** Renders a trend in one format (JSON: schema/trend.schema.json). */
export async function writeTrend(format: TrendFormat, trend: Trend): Promise<string> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(trend, null, 2)}\n`;
    case 'csv':
      return trendCsv(trend);
    case 'md':
      return trendMarkdown(trend);
    case 'html': {
      const { trendHtml } = await import('./trend-html.js');
      return trendHtml(trend);
    }
    default:
      return trendText(trend);
  }
}

/** Parses --format for trend, or takes it from the -o extension. */
export function trendFormat(format: string | undefined, output: string): TrendFormat {
  const aliases: Record<string, TrendFormat> = { markdown: 'md', txt: 'text', htm: 'html' };
  const pick = (name: string) => aliases[name] ?? (name as TrendFormat);
  if (format !== undefined) {
    const name = pick(format.toLowerCase());
    if (!TREND_FORMATS.includes(name))
      throw new UserError(`unknown format "${format}"; choose one of ${TREND_FORMATS.join(', ')}`);
    return name;
  }
  const ext = /\.([a-z]+)$/i.exec(output)?.[1]?.toLowerCase();
  const name = ext === undefined ? 'text' : pick(ext);
  return TREND_FORMATS.includes(name) ? name : 'text';
}

function trendText(trend: Trend): string {
  const { head, rows } = trendRows(trend);
  return `${[
    clip(trendTitle(trend), 120),
    `${clip(trend.rubric.id, 60)}, edition ${clip(trend.rubric.edition, 40)} (every round shown on this edition)`,
    '',
    ...roundLines(trend, (t) => clip(t, 120)).map((l) => `  ${l}`),
    '',
    ...textTable(
      head.map((h, k) => ({ header: clip(h, 30), ...(k > 0 ? { align: 'right' as const } : {}) })),
      rows.map((r) => r.map((c, k) => (k === 0 ? clip(c, 40) : c))),
    ),
    '',
    trendNote(trend),
  ].join('\n')}\n`;
}

function trendMarkdown(trend: Trend): string {
  const { head, rows } = trendRows(trend);
  return `${[
    `## ${mdText(trendTitle(trend))}`,
    '',
    `\`${mdText(trend.rubric.id)}\` edition ${mdText(trend.rubric.edition)}; every round is shown on this edition.`,
    '',
    ...roundLines(trend, (t) => mdText(t, 200)).map((l) => `- ${l}`),
    '',
    ...mdTable(
      head.map((h) => mdText(h, 60)),
      rows.map((r) => r.map((c, k) => (k === 0 ? mdText(c) : c))),
      head.map((_, k) => k).slice(1),
    ),
    '',
    mdText(trendNote(trend), 400),
  ].join('\n')}\n`;
}

/** One row per ingredient × round: label, edition, respondents, mean and change (RFC 4180, CRLF). */
function trendCsv(trend: Trend): string {
  const out = [
    csvRow(['round', 'label', 'rubric', 'edition', 'respondents', 'ingredient', 'title', 'mean', 'change']),
  ];
  const series = [...trend.ingredients, { id: '', title: 'All aligned items', ...trend.overall }];
  for (const s of series) {
    trend.rounds.forEach((r, k) => {
      out.push(
        csvRow([
          k + 1,
          r.label,
          r.rubric,
          r.edition,
          r.respondents,
          s.id || null,
          s.title,
          s.means[k]!,
          s.changes[k]!,
        ]),
      );
    });
  }
  return out.join('');
}
