import { UserError } from '../diagnostics/diagnostic.js';
import { fromRoot } from '../paths.js';
import { rubricHash } from '../rubric/content-hash.js';
import type { Rubric } from '../rubric/rubric.generated.js';
import { itemHashes } from './item-hashes.js';
import { markupToModel } from './markup-to-model.js';
import type { DocumentModel, PageSizeName, WorksheetKind } from './model.js';
import { defaultPageSetup } from './page-setup.js';
import { templateContext } from './template-context.js';
import { loadTemplate, runTemplate } from './template-engine.js';

export const WORKSHEET_KINDS: WorksheetKind[] = ['self-assessment', 'action-plan', 'large-chart'];

export interface BuildOptions {
  kind: WorksheetKind;
  /** Template values: district, school, team, date, facilitator, respondent, role, … */
  values?: Record<string, string>;
  pageSize?: PageSizeName;
  landscape?: boolean;
  /** A template file to use instead of the shipped one for the kind. */
  template?: string;
  /** Precomputed rubricHash(rubric), to save hashing per document in a batch. */
  hash?: string;
}

/** The worksheet kinds a rubric offers, in its own order. */
export function offeredKinds(rubric: Rubric): WorksheetKind[] {
  return Object.keys(rubric.worksheets) as WorksheetKind[];
}

/**
 * Turns a rubric into the document model of one worksheet kind: rubric + values → handlebars template →
 * document markup → model. Writers take it from there.
 */
export function buildDocument(rubric: Rubric, options: BuildOptions): DocumentModel {
  const { kind } = options;
  if (!rubric.worksheets[kind]) {
    throw new UserError(
      `rubric ${rubric.id} does not offer the ${kind} worksheet; it offers: ${offeredKinds(rubric).join(', ')}`,
    );
  }
  const chartSize = rubric.worksheets['large-chart']?.pageSize;
  const size = options.pageSize ?? (kind === 'large-chart' ? (chartSize ?? '24x36') : 'letter');
  const page = defaultPageSetup(kind, size, options.landscape ?? false);
  const values = cleanValues(options.values ?? {});
  const templatePath = options.template ?? fromRoot('templates', `${kind}.hbs`);
  const markup = runTemplate(
    loadTemplate(templatePath),
    templateContext(rubric, kind, values, page),
    templatePath,
  );
  const { title, subject, sections } = markupToModel(markup, templatePath);
  return {
    meta: {
      title: title || rubric.title,
      ...(subject ? { subject } : {}),
      author: rubric.source.publisher,
      rubricId: rubric.id,
      edition: rubric.edition.label,
      rubricHash: options.hash ?? rubricHash(rubric),
      kind,
      created: documentDate(),
      language: 'en-US',
      values,
      itemHashes: itemHashes(rubric),
    },
    sections,
  };
}

/** Drops empty values and keeps the key order stable, so metadata does not depend on option order. */
function cleanValues(values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(values).sort()) {
    const value = values[key];
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out;
}

/**
 * The date written into documents: SOURCE_DATE_EPOCH when set (reproducible builds), else a fixed date, so
 * that the same inputs always give the same bytes.
 */
export function documentDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(Date.UTC(2000, 0, 1));
}
