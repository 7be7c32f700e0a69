import type { ChoiceOption } from '../../document/model.js';
import { accessibleName } from '../../document/structure.js';
import type { FormContext } from './build-acroform.js';
import type { ButtonAppearances } from './button-appearances.js';
import type { FieldNode, PlacedWidget } from './field-tree.js';
import { PDFHexString, type PDFRef, PDFString, pdfText } from './pdf-objects.js';

const MULTILINE = 1 << 12;
const NO_TOGGLE_TO_OFF = 1 << 14;
const RADIO = 1 << 15;
/** Viewers that rebuild button appearances draw the /MK /CA symbol in ZapfDingbats (in /DR as ZaDb). */
const BUTTON_DA = '/ZaDb 0 Tf 0 g';

type Terminal = NonNullable<FieldNode['terminal']>;

/** Writes a terminal field (text, date, radio group or checkbox) and its widget annotations. */
export function writeTerminal(
  terminal: Terminal,
  ref: PDFRef,
  parent: PDFRef | undefined,
  partial: string,
  form: FormContext,
  buttons: ButtonAppearances,
): void {
  const { context } = form;
  const first = terminal.widgets[0]!.plan.field;
  const common: Record<string, unknown> = { T: PDFHexString.fromText(partial) };
  if (parent) common.Parent = parent;
  const widget = (placed: PlacedWidget, extra: Record<string, unknown>) => {
    const { x, y, width, height } = placed.plan.box;
    const dict = {
      Type: 'Annot',
      Subtype: 'Widget',
      Rect: [x, y, x + width, y + height],
      P: form.pageRefs[placed.page]!,
      F: 4,
      ...extra,
      StructParent: form.structure?.key(placed),
    };
    return { dict, page: placed.page };
  };
  const annotate = (placed: PlacedWidget, widgetRef: PDFRef) => {
    form.annots[placed.page]!.push(widgetRef);
    form.structure?.bind(placed, widgetRef);
  };

  if (first.kind === 'choice') {
    const options = terminal.widgets.map((w) => w.plan.field as ChoiceOption);
    const selected = options.find((o) => o.selected)?.value;
    const kids = terminal.widgets.map((placed, i) => {
      const option = options[i]!;
      const { on, off } = buttons.radio(placed.plan.box.width);
      // Each button names its item and level: viewers read the widget's own /TU, not the group's.
      const { dict } = widget(placed, {
        Parent: ref,
        TU: pdfText(accessibleName(option)),
        MK: { CA: PDFHexString.fromText('l') },
        AP: { N: { [option.value]: on, Off: off } },
        AS: option.selected ? option.value : 'Off',
      });
      const kid = context.register(context.obj(dict as never));
      annotate(placed, kid);
      return kid;
    });
    context.assign(
      ref,
      context.obj({
        ...common,
        FT: 'Btn',
        Ff: RADIO | NO_TOGGLE_TO_OFF,
        DA: PDFString.of(BUTTON_DA),
        TU: PDFHexString.fromText(first.groupLabel),
        V: selected ?? 'Off',
        Kids: kids,
      } as never),
    );
    return;
  }

  let fieldDict: Record<string, unknown>;
  let perWidget: (placed: PlacedWidget) => Record<string, unknown>;
  if (first.kind === 'checkbox') {
    const checked = first.checked === true;
    fieldDict = {
      FT: 'Btn',
      DA: PDFString.of(BUTTON_DA),
      TU: PDFHexString.fromText(first.label),
      V: checked ? 'Yes' : 'Off',
    };
    perWidget = (placed) => {
      const { on, off } = buttons.checkbox(placed.plan.box.width);
      const MK = { CA: PDFHexString.fromText('4') };
      return { AP: { N: { Yes: on, Off: off } }, AS: checked ? 'Yes' : 'Off', MK };
    };
  } else {
    const multiline = first.kind === 'text' && first.multiline;
    const tip = first.kind === 'date' ? `${first.label} (YYYY-MM-DD)` : first.label;
    const size = terminal.widgets[0]!.plan.fontSize;
    fieldDict = {
      FT: 'Tx',
      TU: PDFHexString.fromText(tip),
      DA: PDFString.of(`/${form.formFontName} ${Math.round(size * 100) / 100} Tf 0 g`),
      ...(multiline ? { Ff: MULTILINE } : {}),
      ...(first.value ? { V: PDFHexString.fromText(first.value) } : {}),
    };
    perWidget = (placed) =>
      first.value
        ? {
            AP: {
              N: form.textAppearance.build(first.value, placed.plan.box, placed.plan.fontSize, multiline),
            },
          }
        : {};
  }

  if (terminal.widgets.length === 1) {
    const placed = terminal.widgets[0]!;
    const { dict } = widget(placed, perWidget(placed));
    context.assign(ref, context.obj({ ...common, ...fieldDict, ...dict } as never));
    annotate(placed, ref);
    return;
  }
  const kids = terminal.widgets.map((placed) => {
    const { dict } = widget(placed, { Parent: ref, TU: fieldDict.TU, ...perWidget(placed) });
    const kid = context.register(context.obj(dict as never));
    annotate(placed, kid);
    return kid;
  });
  context.assign(ref, context.obj({ ...common, ...fieldDict, Kids: kids } as never));
}
