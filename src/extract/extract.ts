import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Responses } from '../responses/responses.generated.js';
import { schemaValidator } from '../schemas.js';
import { expectedFields } from './expected-fields.js';
import type { FilledForm } from './filled-form.js';
import { formToResponses } from './form-to-responses.js';
import { formatBytes, quote, refuseInput, rejectInput } from './input-error.js';
import { LIMITS } from './limits.js';
import { manifestFields } from './manifest-fields.js';
import { manifestToResponses } from './manifest-to-responses.js';
import { matchRubric } from './match-rubric.js';
import { orderToFields } from './order-to-fields.js';
import { readDocxForm } from './read-docx-form.js';
import { readHtmlForm } from './read-html-form.js';
import { readManifest } from './read-manifest.js';
import { readPdfForm } from './read-pdf-form.js';
import { rejectInvalidValues } from './reject-invalid-values.js';

export interface ExtractOptions {
  /** A rubric id, year or path given with --rubric, instead of the one the document records. */
  rubric?: string;
}

export interface Extracted {
  responses: Responses;
  /** Remarks for the user (fields added or dropped by the template, ignored fields); safe to print. */
  notes: string[];
  /** What the user should check (answers read against another revision of the rubric); safe to print. */
  warnings: string[];
}

/**
 * Reads one filled worksheet (PDF, DOCX or saved HTML) into Responses: read the form, find the rubric it was made from,
 * name the fields (by tag, or by position when tags were lost), and check every answer. Throws a UserError
 * with one line naming the file and the reason; nothing is written here.
 */
export async function extract(file: string, options: ExtractOptions = {}): Promise<Extracted> {
  const form = await readForm(file, await readInput(file));
  rejectInvalidValues(file, form);
  const result =
    form.manifest === undefined
      ? await byTemplate(file, form, options)
      : await byManifest(file, form, options);
  const validate = schemaValidator('responses');
  if (!validate(result.responses)) {
    const first = validate.errors?.[0];
    throw rejectInput(
      file,
      `the answers do not fit the responses schema (${first?.instancePath} ${first?.message})`,
    );
  }
  return result;
}

/** A worksheet that carries its field manifest: read by it, from any template and rubric revision. */
async function byManifest(file: string, form: FilledForm, options: ExtractOptions): Promise<Extracted> {
  const manifest = readManifest(file, form.manifest!);
  const recorded: [string, string][] = [
    ['rubricate.rubric-id', manifest.rubric],
    ['rubricate.edition', manifest.edition],
    ['rubricate.rubric-hash', manifest.hash],
    ['rubricate.kind', manifest.kind],
  ];
  for (const [key, value] of recorded) {
    const stated = form.metadata.get(key);
    if (stated !== undefined && stated !== value)
      throw rejectInput(
        file,
        `its ${key} (${quote(stated)}) and its field manifest (${quote(value)}) disagree; the file was altered`,
      );
  }
  const metadata = new Map(form.metadata).set('rubricate.rubric-id', manifest.rubric);
  const { rubric, hash } = await matchRubric(file, metadata, options.rubric, true);
  const expected = manifestFields(manifest);
  const fields = form.ordered ? orderToFields(file, form.ordered, expected) : form.fields;
  return manifestToResponses({ file, form, fields, manifest, rubric, hash });
}

/** An older worksheet without a manifest: its fields are those the shipped template gives its rubric. */
async function byTemplate(file: string, form: FilledForm, options: ExtractOptions): Promise<Extracted> {
  const { rubric, hash } = await matchRubric(file, form.metadata, options.rubric);
  const { kind, fields: expected } = expectedFields(file, rubric, hash, form);
  const fields = form.ordered ? orderToFields(file, form.ordered, expected) : form.fields;
  return { ...formToResponses({ file, form, fields, rubric, hash, kind, expected }), warnings: [] };
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    const size = (await stat(file)).size;
    if (size > LIMITS.fileBytes)
      throw refuseInput(
        file,
        `the file is ${formatBytes(size)}, larger than ${formatBytes(LIMITS.fileBytes)}`,
      );
    return await readFile(file);
  } catch (error) {
    if ((error as Error).name === 'UserError') throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw rejectInput(file, code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? 'error'})`);
  }
}

/** Chooses the reader by extension, else by the file's first bytes. */
function readForm(file: string, bytes: Uint8Array): Promise<FilledForm> | FilledForm {
  const ext = extname(file).toLowerCase();
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (ext === '.pdf' || (ext !== '.docx' && head.includes('%PDF-'))) return readPdfForm(file, bytes);
  if (
    ['.docx', '.docm', '.dotx'].includes(ext) ||
    head.startsWith('PK') ||
    head.startsWith('\xd0\xcf\x11\xe0')
  )
    return readDocxForm(file, bytes);
  if (ext === '.html' || ext === '.htm' || /^\s*(<!doctype html|<html)/i.test(head))
    return readHtmlForm(file, bytes);
  throw rejectInput(file, 'not a PDF, DOCX or HTML worksheet');
}
