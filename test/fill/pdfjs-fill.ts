import { readFileSync, writeFileSync } from 'node:fs';

/** A field of pdf.js's getFieldObjects(): one entry per widget (and one per non-terminal node). */
interface FieldObject {
  id?: string;
  type: string;
  exportValues?: string;
}

/**
 * Fills a PDF as a pdf.js viewer (Firefox) does: each widget's value goes into the annotation storage (a
 * radio group's widgets get true or false), then saveDocument writes the filled file.
 */
export async function pdfjsFill(
  source: string,
  output: string,
  values: Record<string, string>,
): Promise<void> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(readFileSync(source));
  const doc = await pdfjs.getDocument({ data, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const objects = (await doc.getFieldObjects()) as Record<string, FieldObject[]> | null;
    for (const [name, value] of Object.entries(values)) {
      const widgets = (objects?.[name] ?? []).filter((o) => o.id && o.type);
      if (widgets.length === 0) throw new Error(`pdf.js finds no field ${name}`);
      for (const widget of widgets)
        doc.annotationStorage.setValue(widget.id!, {
          value: widget.type === 'radiobutton' ? widget.exportValues === value : value,
        });
    }
    writeFileSync(output, await doc.saveDocument());
  } finally {
    await doc.destroy();
  }
}
