import { UserError } from '../diagnostics/diagnostic.js';
import { fromRoot } from '../paths.js';
import { rubricHash } from '../rubric/content-hash.js';
import type { Rubric } from '../rubric/rubric.generated.js';
import { checkFieldNames } from './check-field-names.js';
import { itemHashes } from './item-hashes.js';
import { replayMarkup } from './markup-replay.js';
import { fieldOffsets, MarkupError, markupToModel } from './markup-to-model.js';
import { type DocumentModel, fieldsOf, type PageSizeName, type WorksheetKind } from './model.js';
import { defaultPageSetup } from './page-setup.js';
import { templateContext } from './template-context.js';
import { escapeText, loadTemplate, runTemplate, templatePlace } from './template-engine.js';

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
  const template = loadTemplate(templatePath);
  const context = templateContext(rubric, kind, values, page);
  const markup = runTemplate(template, context, templatePath);
  const replayed = replayMarkup(
    {
      key: `${templatePath}\u0000${kind}\u0000${JSON.stringify(page)}\u0000${rubricKey(rubric)}`,
      render: (some) => runTemplate(template, templateContext(rubric, kind, some, page), templatePath),
      escape: escapeText,
    },
    values,
    markup,
  );
  const parse = () => {
    try {
      return markupToModel(markup, templatePath);
    } catch (error) {
      if (!(error instanceof MarkupError)) throw error;
      throw templateError(templatePath, context, error.offset, error.reason) ?? error;
    }
  };
  let parsed = replayed ?? parse();
  let problem = checkFieldNames(rubric, fieldsOf({ sections: parsed.sections } as DocumentModel));
  if (problem && replayed) {
    // A replay keeps no offsets: parse, for the problem at its place in the template.
    parsed = parse();
    problem = checkFieldNames(rubric, fieldsOf({ sections: parsed.sections } as DocumentModel));
  }
  const { title, subject, sections } = parsed;
  if (problem) {
    const name = problem.field.name;
    const offset = (fieldOffsets.get(problem.field) ?? 0) + (problem.inKey ? name.lastIndexOf('.') + 1 : 0);
    throw (
      templateError(templatePath, context, offset, problem.reason) ??
      new UserError(`template ${templatePath}: ${problem.reason}`)
    );
  }
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

/** A number per rubric object, for keys of per-process caches: a batch builds every row from one. */
const rubricKeys = new WeakMap<Rubric, number>();
let rubricCount = 0;
function rubricKey(rubric: Rubric): number {
  let key = rubricKeys.get(rubric);
  if (key === undefined) {
    key = rubricCount++;
    rubricKeys.set(rubric, key);
  }
  return key;
}

/** Characters no worksheet format can hold (XML 1.0 and PDF text alike), and the noncharacters U+FDD0–U+FDEF. */
const UNFIT =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Drops empty values and keeps the key order stable. A value holding a character no worksheet can hold (a
 * NUL or other control character) is refused, naming the value and the character.
 */
function cleanValues(values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(values).sort()) {
    const value = values[key];
    if (value === undefined || value === '') continue;
    const bad = UNFIT.exec(value);
    if (bad) {
      const code = `U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      throw new UserError(
        `the value ${JSON.stringify(key)} (from --set, --data or a CSV cell) holds the character ${code} at position ${bad.index + 1}, which a worksheet cannot hold; remove it`,
      );
    }
    out[key] = value;
  }
  return out;
}

/** A markup or field-name problem at an offset of the rendered markup, at its place in the template. */
function templateError(
  path: string,
  context: unknown,
  offset: number,
  reason: string,
): UserError | undefined {
  const place = templatePlace(path, context, offset);
  if (!place) return undefined;
  const expression = place.expression;
  const from = !expression
    ? ''
    : expression.startsWith('values.')
      ? ` (in the value ${JSON.stringify(expression.slice(7))}, from --set, --data or a CSV cell)`
      : ` (in the output of {{${expression}}})`;
  return new UserError(`template ${path}:${place.line}:${place.column}: ${reason}${from}`);
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
