import { ButtonAppearances } from './button-appearances.js';
import type { FieldNode, PlacedWidget } from './field-tree.js';
import { fieldTree } from './field-tree.js';
import { type PDFContext, PDFHexString, type PDFRef, PDFString } from './pdf-objects.js';
import type { TextAppearance } from './text-appearance.js';
import { writeTerminal } from './write-terminal.js';

/** What the form needs from the rest of the document. */
export interface FormContext {
  context: PDFContext;
  pageRefs: PDFRef[];
  /** Widget annotation refs per page index; filled in here. */
  annots: PDFRef[][];
  /** Resource name of the form font in /DR. */
  formFontName: string;
  fontDictRef: PDFRef;
  textAppearance: TextAppearance;
  /** Tagged PDF: each widget's /StructParent key, and where its annotation was written. */
  structure?: WidgetStructure;
}

/** What the structure tree needs to know of the widgets. */
export interface WidgetStructure {
  /** The widget's /StructParent key (undefined: not tagged). */
  key(placed: PlacedWidget): number | undefined;
  /** Records the annotation object written for the widget. */
  bind(placed: PlacedWidget, ref: PDFRef): void;
}

/**
 * Builds the AcroForm from the placed widgets with the low-level object API: a dotted-name field hierarchy,
 * shared button appearances, and /DR with the form font so viewers can draw typed text.
 */
export function buildAcroForm(widgets: readonly PlacedWidget[], form: FormContext): PDFRef | undefined {
  if (widgets.length === 0) return undefined;
  const { context } = form;
  const buttons = new ButtonAppearances(context);
  const write = (node: FieldNode, parent: PDFRef | undefined): PDFRef => {
    const ref = context.nextRef();
    if (node.terminal) {
      writeTerminal(node.terminal, ref, parent, node.partial, form, buttons);
      return ref;
    }
    const kids = [...node.children.values()].map((child) => write(child, ref));
    context.assign(
      ref,
      context.obj({
        T: PDFHexString.fromText(node.partial),
        Kids: kids,
        ...(parent ? { Parent: parent } : {}),
      }),
    );
    return ref;
  };
  const root = fieldTree(widgets);
  const fields = [...root.children.values()].map((node) => write(node, undefined));
  return context.register(
    context.obj({
      Fields: fields,
      NeedAppearances: true,
      DR: { Font: form.fontDictRef },
      DA: PDFString.of(`/${form.formFontName} 0 Tf 0 g`),
    }),
  );
}
