import type { Field } from '../../document/model.js';
import type { WidgetPlan } from './layout/page-plan.js';

/** A widget of a field, with the index of the page it is on. */
export interface PlacedWidget {
  plan: WidgetPlan;
  page: number;
}

/** A node of the AcroForm field hierarchy: names split at dots, e.g. `a.3.rating` → a → 3 → rating. */
export interface FieldNode {
  partial: string;
  children: Map<string, FieldNode>;
  /** Set on terminal fields: the field's kind and its widgets in document order. */
  terminal?: { name: string; kind: Field['kind']; widgets: PlacedWidget[] };
}

/**
 * Groups widgets by field name into the dotted-name hierarchy that PDF uses for fully qualified names.
 * Throws when a name is used by two kinds of field or is both a field and a prefix of another.
 */
export function fieldTree(widgets: readonly PlacedWidget[]): FieldNode {
  const root: FieldNode = { partial: '', children: new Map() };
  for (const widget of widgets) {
    const { field } = widget.plan;
    let node = root;
    for (const part of field.name.split('.')) {
      if (node.terminal)
        throw new Error(`field name "${field.name}" extends the field "${node.terminal.name}"`);
      let child = node.children.get(part);
      if (!child) {
        child = { partial: part, children: new Map() };
        node.children.set(part, child);
      }
      node = child;
    }
    if (node.children.size > 0)
      throw new Error(`field name "${field.name}" is also a prefix of other fields`);
    if (!node.terminal) node.terminal = { name: field.name, kind: field.kind, widgets: [] };
    else if (node.terminal.kind !== field.kind) {
      throw new Error(`field "${field.name}" is used both as ${node.terminal.kind} and as ${field.kind}`);
    }
    node.terminal.widgets.push(widget);
  }
  return root;
}
