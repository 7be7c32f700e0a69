/**
 * Every resource limit of `rubricate extract`, in one place (documented in docs/extract.md). Each is checked
 * before the resource is spent: declared sizes before inflating, actual output while inflating, depth while
 * walking.
 */
export const LIMITS = {
  /** Largest input file read at all (PDF, DOCX or HTML). */
  fileBytes: 50 * 1024 * 1024,
  /** Largest inflated size of one zip entry that is read (word/document.xml, docProps/custom.xml). */
  zipEntryBytes: 50 * 1024 * 1024,
  /** Largest inflated size of all the zip entries read from one DOCX together. */
  zipTotalBytes: 60 * 1024 * 1024,
  /** Most entries in a DOCX's central directory. */
  zipEntries: 10_000,
  /** Largest output of one decoder of a PDF stream (each filter layer of each stream pdf-lib decodes). */
  pdfStreamBytes: 50 * 1024 * 1024,
  /** Total decoded bytes of every stream and every filter layer of one PDF. */
  pdfInflatedBytes: 200 * 1024 * 1024,
  /** Deepest AcroForm field hierarchy (/Kids levels). Real forms use 2–4. */
  pdfFieldDepth: 32,
  /** Most AcroForm field and widget nodes visited. */
  pdfFieldNodes: 100_000,
  /** Deepest XML element nesting in document.xml (nested content controls use two levels each). */
  xmlDepth: 10_000,
  /** Most content controls in one document. */
  controls: 100_000,
  /** Longest value of one field, in characters. */
  fieldChars: 1_000_000,
} as const;
