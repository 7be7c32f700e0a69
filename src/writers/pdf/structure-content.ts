import type { StructNode } from '../../document/structure.js';

/** A piece of a structure element's content: marked content on a page, or a child element placed there. */
export type StructKid = { page: number; mcid: number } | StructNode;

/**
 * The content of the structure elements, gathered in reading order while the pages' content streams are
 * written: which node owns each marked-content id of each page, and where Form elements come among the
 * content of their cells.
 */
export class StructureContent {
  readonly kids = new Map<StructNode, StructKid[]>();
  /** `owners[page][mcid]`: the node owning that marked content (the page's parent tree entry). */
  readonly owners: StructNode[][] = [];

  /** The recorder for one page's content stream. */
  page(index: number): PageContent {
    this.owners[index] = [];
    return new PageContent(this, index);
  }

  kidsOf(node: StructNode): StructKid[] {
    let kids = this.kids.get(node);
    if (!kids) {
      kids = [];
      this.kids.set(node, kids);
    }
    return kids;
  }
}

/** Hands out one page's marked-content ids and records what they belong to. */
export class PageContent {
  constructor(
    private readonly all: StructureContent,
    readonly index: number,
  ) {}

  /** A new marked-content id on this page for content of `node`. */
  content(node: StructNode): number {
    const owners = this.all.owners[this.index]!;
    const mcid = owners.length;
    owners.push(node);
    this.all.kidsOf(node).push({ page: this.index, mcid });
    return mcid;
  }

  /** Places the child element `node` (a Form) here in the reading order of `parent`. */
  place(node: StructNode, parent: StructNode): void {
    this.all.kidsOf(parent).push(node);
  }
}
