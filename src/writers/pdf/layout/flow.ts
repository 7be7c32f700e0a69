import { type DocSection, pageDimensions } from '../../../document/model.js';
import type { FontSet } from '../../fonts/load-fonts.js';
import type { PagePlan } from './page-plan.js';

/**
 * The cursor of a section's layout: the current page, the text column and how far down it is filled.
 * y runs in PDF coordinates (bottom = 0), so placing content moves it down.
 */
export class Flow {
  page!: PagePlan;
  readonly left: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
  y = 0;
  /** Nothing has been placed on the current page yet. */
  fresh = true;

  constructor(
    readonly section: DocSection,
    readonly pages: PagePlan[],
    readonly fonts: FontSet,
  ) {
    const { width, height } = pageDimensions(section.page);
    const m = section.page.margins;
    this.left = m.left;
    this.width = width - m.left - m.right;
    this.top = height - m.top;
    this.bottom = m.bottom;
    this.newPage();
  }

  get fontSize(): number {
    return this.section.page.fontSize;
  }

  /** Height of the text column on a page. */
  get bodyHeight(): number {
    return this.top - this.bottom;
  }

  /** Space left below the cursor on this page. */
  get room(): number {
    return this.y - this.bottom;
  }

  newPage(): void {
    const { width, height } = pageDimensions(this.section.page);
    this.page = { width, height, section: this.section, ops: [], widgets: [] };
    this.pages.push(this.page);
    this.y = this.top;
    this.fresh = true;
  }

  /** Starts a new page unless `height` fits below the cursor (or the page is still empty). */
  ensure(height: number): void {
    if (height > this.room && !this.fresh) this.newPage();
  }

  /** Moves the cursor down after placing content. */
  advance(height: number): void {
    this.y -= height;
    this.fresh = false;
  }
}
