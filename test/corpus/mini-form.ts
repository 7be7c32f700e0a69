import { buildDocument } from '../../src/document/build-document.js';
import { fieldsOf } from '../../src/document/model.js';
import { rubricHash } from '../../src/rubric/content-hash.js';
import { corpusRubric } from './corpus-kit.js';
import { type PdfObject, type PdfOptions, type PdfString, pdfFile, pdfName } from './pdf-bytes.js';

/** The answers the filled corpus worksheets hold: text by field name, ratings by `<item>.rating`. */
export const ANSWERS: Record<string, string> = {
  'respondent.name': 'Alice Example',
  'context.district': 'Riverside Unified',
  'capacity-building.1.rating': 'strength',
  'capacity-building.1.evidence': 'Solid structure, thin sourcing.',
  'actionable-data.2.rating': 'urgent-gap',
};

/** The same answers as `extract` must write them (answers paths of the Expectation). */
export const EXPECTED_ANSWERS: Record<string, string | null> = {
  'respondent.name': 'Alice Example',
  'context.district': 'Riverside Unified',
  'items.capacity-building.1.rating': 'strength',
  'items.capacity-building.1.evidence': 'Solid structure, thin sourcing.',
  'items.capacity-building.2.rating': null,
  'items.actionable-data.2.rating': 'urgent-gap',
};

/** One fillable field of the corpus self-assessment: its name, and the options of a rating. */
export interface FormField {
  name: string;
  options?: string[];
}

/** The fields of the corpus rubric's self-assessment, from the model the writers render. */
export function corpusFields(): FormField[] {
  const fields: FormField[] = [];
  for (const field of fieldsOf(buildDocument(corpusRubric(), { kind: 'self-assessment' }))) {
    const known = fields.find((f) => f.name === field.name);
    if (field.kind === 'choice') {
      if (known) known.options!.push(field.value);
      else fields.push({ name: field.name, options: [field.value] });
    } else if (!known) fields.push({ name: field.name });
  }
  return fields;
}

/** The `rubricate.*` entries of the Info dictionary (docs/fields.md) that name the corpus rubric. */
export function corpusMetadata(): [string, string][] {
  return [
    ['rubricate.rubric-id', 'corpus-mini'],
    ['rubricate.edition', '1'],
    ['rubricate.rubric-hash', rubricHash(corpusRubric())],
    ['rubricate.kind', 'self-assessment'],
  ];
}

export interface MiniFormOptions {
  answers?: Record<string, string | Uint8Array>;
  /** Field dictionaries written instead of the corpus ones (by name), or added. */
  fieldBody?: (field: FormField, s: PdfString, value: string | Uint8Array | undefined) => string | undefined;
  /** Objects added after the fields. */
  extra?: (next: number) => PdfObject[];
  /** Entries added to the catalog (`/OpenAction …`), and the AcroForm's /Fields array text to use. */
  catalog?: string;
  acroForm?: (fieldRefs: string) => string | undefined;
  pdf?: PdfOptions;
}

/**
 * A filled AcroForm worksheet of the corpus rubric, written by hand (pdf-bytes.ts) so that the hostile
 * cases can change any part of it: catalog 1, pages 2, page 3, AcroForm 4, Info 5, an appearance 6, then
 * one object per field (radio groups have one widget per option after them).
 */
export function miniForm(options: MiniFormOptions = {}): Buffer {
  const answers = options.answers ?? ANSWERS;
  const objects: PdfObject[] = [];
  const fieldRefs: string[] = [];
  const widgets: string[] = [];
  let next = 7;
  for (const field of corpusFields()) {
    const num = next++;
    fieldRefs.push(`${num} 0 R`);
    const value = answers[field.name];
    if (field.options) {
      const kids = field.options.map((option) => {
        const kid = next++;
        widgets.push(`${kid} 0 R`);
        const state = value === option ? pdfName(option) : '/Off';
        objects.push({
          num: kid,
          body: () =>
            `<< /Type /Annot /Subtype /Widget /Parent ${num} 0 R /P 3 0 R /Rect [0 0 10 10] /AS ${state} /AP << /N << ${pdfName(option)} 6 0 R /Off 6 0 R >> >> >>`,
        });
        return `${kid} 0 R`;
      });
      // A value starting with / is written as raw name syntax (a case's own escapes).
      const v = typeof value !== 'string' ? '' : ` /V ${value.startsWith('/') ? value : pdfName(value)}`;
      objects.push({
        num,
        body: (s) =>
          options.fieldBody?.(field, s, value) ??
          `<< /FT /Btn /Ff ${(1 << 15) | (1 << 14)} /T ${s(field.name)}${v} /Kids [${kids.join(' ')}] >>`,
      });
    } else {
      widgets.push(`${num} 0 R`);
      objects.push({
        num,
        body: (s) =>
          options.fieldBody?.(field, s, value) ??
          `<< /FT /Tx /T ${s(field.name)}${value === undefined ? '' : ` /V ${s(value)}`} /Type /Annot /Subtype /Widget /P 3 0 R /Rect [0 0 10 10] >>`,
      });
    }
  }
  objects.push(...(options.extra?.(next) ?? []));
  const fields = `[${fieldRefs.join(' ')}]`;
  const head: PdfObject[] = [
    { num: 1, body: () => `<< /Type /Catalog /Pages 2 0 R /AcroForm 4 0 R ${options.catalog ?? ''}>>` },
    { num: 2, body: () => '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    {
      num: 3,
      body: () => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots [${widgets.join(' ')}] >>`,
    },
    { num: 4, body: () => options.acroForm?.(fields) ?? `<< /Fields ${fields} >>` },
    {
      num: 5,
      body: (s) =>
        `<< /Producer ${s('rubricate corpus')} ${corpusMetadata()
          .map(([k, v]) => `${pdfName(k)} ${s(v)}`)
          .join(' ')} >>`,
    },
    { num: 6, body: () => '<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] >>', stream: new Uint8Array() },
  ];
  return pdfFile([...head, ...objects], 1, 5, options.pdf);
}
