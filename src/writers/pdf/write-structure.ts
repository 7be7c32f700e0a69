import type { StructNode } from '../../document/structure.js';
import { type PDFContext, PDFRaw, type PDFRef, pdfText } from './pdf-objects.js';
import type { StructKid, StructureContent } from './structure-content.js';

/** A widget annotation written for a Form element: its object, page and /StructParent key. */
export interface TaggedWidget {
  /** The Form element's node. */
  node: StructNode;
  ref: PDFRef;
  page: number;
  key: number;
}

/** Elements whose kids are their child elements; the others hold content (and Form children placed in it). */
const GROUPING = new Set(['Document', 'L', 'LI', 'Table', 'TR']);
/** Content elements left out of the tree when nothing of theirs was drawn (an empty paragraph). */
const DROPPED_EMPTY = new Set(['P', 'H1', 'H2', 'H3', 'Figure', 'Form']);

/**
 * Writes the structure tree (ISO 32000-1, 14.7) from the document's structure and the content gathered
 * while writing the pages: one element per node, /K in reading order (marked-content ids, OBJRs of widgets),
 * and the parent tree mapping each page's marked content and each widget back to its element. Returns the
 * StructTreeRoot.
 */
export function writeStructure(
  context: PDFContext,
  structure: { root: StructNode; signature(): string },
  content: StructureContent,
  pageRefs: readonly PDFRef[],
  widgets: ReadonlyMap<StructNode, TaggedWidget>,
  /** Every page's content is the same as in the document written before (a batch row like the last). */
  sameContent: boolean,
): PDFRef {
  const rootRef = context.nextRef();
  const sorted = [...widgets.values()].sort((a, b) => a.key - b.key);
  // The elements are a function of the structure, the pages' marked content and the object numbers: a batch
  // row whose pages came out as the last one's gets the same elements, written from the last texts.
  let key = '';
  if (sameContent) {
    key = `${structure.signature()}\n${rootRef} ${pageRefs.join(' ')}\n`;
    for (const w of sorted) key += `${w.key} ${w.ref.objectNumber} ${w.page},`;
    if (last?.key === key) {
      last.objects.forEach((text, i) => {
        context.assign(i === 0 ? rootRef : context.nextRef(), PDFRaw.of(text));
      });
      return rootRef;
    }
  }
  const objects: string[] = [''];
  const assign = (ref: PDFRef, text: string) => {
    context.assign(ref, PDFRaw.of(text));
    objects[ref.objectNumber - rootRef.objectNumber] = text;
  };
  const root = structure.root;
  const refs = new Map<StructNode, PDFRef>();
  const pg = (page: number) => ` /Pg ${pageRefs[page]!}`;

  // Each element is written as PDF text directly: a tagged form has a thousand of them, and building a
  // dictionary per element cost more than the rest of the tagging. The optional /Type /StructElem is left out.
  const write = (node: StructNode, parent: PDFRef): PDFRef | undefined => {
    const widget = node.role === 'Form' ? widgets.get(node) : undefined;
    const kids: readonly StructKid[] = GROUPING.has(node.role)
      ? node.children
      : (content.kids.get(node) ?? []);
    if (kids.length === 0 && !widget && DROPPED_EMPTY.has(node.role)) return undefined;
    const ref = context.nextRef();
    refs.set(node, ref);
    const firstPage = kids.find((kid): kid is { page: number; mcid: number } => 'mcid' in kid)?.page;
    const page = firstPage ?? widget?.page;
    const k: string[] = [];
    for (const kid of kids) {
      if (!('mcid' in kid)) {
        const child = write(kid, ref);
        if (child) k.push(child.toString());
      } else if (kid.page === page) k.push(String(kid.mcid));
      else k.push(`<</Type /MCR${pg(kid.page)} /MCID ${kid.mcid}>>`);
    }
    if (widget) k.push(`<</Type /OBJR /Obj ${widget.ref}>>`);
    let text = `<</S /${node.role} /P ${parent}${page !== undefined ? pg(page) : ''}`;
    text += k.length === 1 ? ` /K ${k[0]}` : ` /K [${k.join(' ')}]`;
    if (node.alt !== undefined) text += ` /Alt ${pdfText(node.alt)}`;
    const a = attributes(node);
    if (a) text += ` /A ${a}`;
    assign(ref, `${text}>>`);
    return ref;
  };
  const documentRef = write(root, rootRef);

  let nums = '';
  content.owners.forEach((owners, page) => {
    nums += `${page} [${owners.map((node) => refs.get(node) ?? 'null').join(' ')}]\n`;
  });
  for (const widget of sorted) nums += `${widget.key} ${refs.get(widget.node) ?? 'null'}\n`;
  const nextKey = Math.max(content.owners.length, ...sorted.map((w) => w.key + 1));
  const parentTree = context.nextRef();
  assign(parentTree, `<</Nums [${nums}]>>`);
  assign(
    rootRef,
    `<</Type /StructTreeRoot /K [${documentRef ?? ''}] /ParentTree ${parentTree} /ParentTreeNextKey ${nextKey}>>`,
  );
  last = sameContent ? { key, objects } : undefined;
  return rootRef;
}

/** The elements written last, by what they were made from. */
let last: { key: string; objects: string[] } | undefined;

/** The table attributes of a cell: which cells a header cell heads, and how many columns it spans. */
function attributes(node: StructNode): string | undefined {
  if (node.scope === undefined && node.colSpan === undefined) return undefined;
  return `<</O /Table${node.scope ? ` /Scope /${node.scope}` : ''}${node.colSpan ? ` /ColSpan ${node.colSpan}` : ''}>>`;
}
