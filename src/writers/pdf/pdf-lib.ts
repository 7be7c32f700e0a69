/**
 * pdf-lib through its minified ES bundle: importing it costs about a third of the default entry's start-up
 * time, which matters for a cold CLI run. pdf-lib-bundle.d.ts gives it the package's own types.
 */

export type { PDFContext, PDFRef } from 'pdf-lib';
export {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFString,
} from 'pdf-lib/dist/pdf-lib.esm.min.js';
