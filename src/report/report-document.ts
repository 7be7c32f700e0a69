import type { Block, DocumentModel, WorksheetKind } from '../document/model.js';
import type { Report } from '../score/report.js';
import { baselineBlocks, comparisonBlocks, recommendationBlocks } from './report-advice-blocks.js';
import { heading, paragraph } from './report-blocks.js';
import { contextLine, reportSubtitle, reportTitle } from './report-format.js';
import { actionPlanBlocks } from './report-plan-blocks.js';
import { ingredientBlocks, summaryBlocks } from './report-summary-blocks.js';
import { itemBlocks, priorityBlocks, teamBlocks } from './report-team-blocks.js';

/**
 * The report as a document model, for the PDF and DOCX writers: the same content as the HTML report, with
 * tables where the HTML has charts (means and the count per level). Letter, portrait, page X of Y.
 */
export function reportDocument(report: Report): DocumentModel {
  const where = contextLine(report.context);
  const blocks: Block[] = [
    heading(1, reportTitle(report)),
    ...(where ? [paragraph([{ text: where, bold: true }])] : []),
    ...reportBlocks(report),
  ];
  return documentFor(report, reportTitle(report), blocks);
}

/** A report's content below its title: what was scored and every section. */
export function reportBlocks(report: Report): Block[] {
  return [
    paragraph(reportSubtitle(report)),
    ...summaryBlocks(report),
    ...ingredientBlocks(report),
    ...(report.priority ? priorityBlocks(report, report.priority) : []),
    ...(report.team ? teamBlocks(report, report.team) : []),
    ...itemBlocks(report),
    ...(report.actionPlan ? actionPlanBlocks(report, report.actionPlan) : []),
    ...recommendationBlocks(report),
    ...(report.comparison ? comparisonBlocks(report.comparison) : []),
    ...(report.baseline ? baselineBlocks(report, report.baseline) : []),
  ];
}

/** The document around report blocks: metadata, Letter portrait, header and page X of Y. */
export function documentFor(
  report: Pick<Report, 'rubric' | 'context' | 'respondents'>,
  title: string,
  blocks: Block[],
): DocumentModel {
  const where = contextLine(report.context);
  const kind = (report.respondents[0]?.kind ?? 'self-assessment') as WorksheetKind;
  return {
    meta: {
      title,
      subject: `Scores of ${report.rubric.id}, edition ${report.rubric.edition}${where ? ` (${where})` : ''}`,
      author: 'rubricate',
      rubricId: report.rubric.id,
      edition: report.rubric.edition,
      rubricHash: report.rubric.hash,
      kind,
      created: reportDate(),
      language: 'en-US',
      values: {
        ...(report.context.districts.length > 0 ? { district: report.context.districts.join('; ') } : {}),
        ...(report.context.schools.length > 0 ? { school: report.context.schools.join('; ') } : {}),
        ...(report.context.teams.length > 0 ? { team: report.context.teams.join('; ') } : {}),
      },
    },
    sections: [
      {
        page: {
          size: 'letter',
          landscape: false,
          margins: { top: 54, right: 45, bottom: 54, left: 45 },
          fontSize: 9.5,
        },
        header: { left: report.rubric.title, right: 'Scoring report' },
        footer: {
          left: `${report.rubric.id}, edition ${report.rubric.edition}`,
          right: 'Page {page} of {pages}',
        },
        blocks,
      },
    ],
  };
}

/**
 * SOURCE_DATE_EPOCH when set, else a fixed day, as for worksheets (build-document's documentDate), so the
 * same report gives the same bytes; kept here so a report does not load the template engine.
 */
function reportDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(Date.UTC(2000, 0, 1));
}
