import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/document/model.js';
import { loadFonts } from '../../src/writers/fonts/load-fonts.js';
import { spansWidth } from '../../src/writers/fonts/segment-text.js';
import { layoutDocument } from '../../src/writers/pdf/layout/layout-document.js';
import type { PagePlan } from '../../src/writers/pdf/layout/page-plan.js';
import { fixtureModel } from './pdf-fixture.js';

/** Every text line and box of a page lies inside the page, and body content inside the margins. */
function expectInside(page: PagePlan): void {
  const m = page.section.page.margins;
  const eps = 0.01;
  for (const op of page.ops) {
    if (op.kind === 'text') {
      const right = op.x + spansWidth(op.spans, op.size);
      expect(op.x).toBeGreaterThanOrEqual(m.left - eps);
      expect(right).toBeLessThanOrEqual(page.width - m.right + eps);
      expect(op.baseline - op.size * 0.25).toBeGreaterThanOrEqual(-eps);
      expect(op.baseline + op.size).toBeLessThanOrEqual(page.height + eps);
    } else {
      expect(op.box.x).toBeGreaterThanOrEqual(m.left - eps);
      expect(op.box.x + op.box.width).toBeLessThanOrEqual(page.width - m.right + eps);
      expect(op.box.y).toBeGreaterThanOrEqual(m.bottom - eps);
      expect(op.box.y + op.box.height).toBeLessThanOrEqual(page.height - m.top + eps);
    }
  }
  for (const widget of page.widgets) {
    expect(widget.box.y).toBeGreaterThanOrEqual(m.bottom - eps);
    expect(widget.box.y + widget.box.height).toBeLessThanOrEqual(page.height - m.top + eps);
  }
}

describe('PDF layout', () => {
  const fonts = loadFonts();

  it('keeps all content of the fixture inside its page and margins', () => {
    const pages = layoutDocument(fixtureModel(), fonts);
    expect(pages.length).toBeGreaterThan(8);
    for (const page of pages) expectInside(page);
  });

  it('shrinks a table row taller than a page, and caps minHeight, instead of overflowing', () => {
    const model: DocumentModel = fixtureModel(1);
    const long = Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ');
    model.sections = [model.sections[0]!];
    model.sections[0]!.blocks.push({
      type: 'table',
      columns: [1],
      header: [{ cells: [{ runs: [{ text: 'Head' }] }] }],
      rows: [
        { cells: [{ runs: [{ text: long }] }] },
        { minHeight: 5000, cells: [{ runs: [{ text: 'tall' }] }] },
      ],
    });
    const pages = layoutDocument(model, fonts);
    for (const page of pages) expectInside(page);
    const words = pages
      .flatMap((p) => p.ops)
      .flatMap((op) => (op.kind === 'text' ? op.spans.map((s) => s.text) : []));
    expect(words.join(' ')).toContain('word899');
  });

  it('lays out a 24×36 wall chart at 72 pt inside its page', () => {
    const model = fixtureModel(3);
    model.sections = [{ ...model.sections[2]!, page: { ...model.sections[2]!.page, fontSize: 72 } }];
    const pages = layoutDocument(model, fonts);
    expect(pages[0]!.width).toBe(1728);
    for (const page of pages) expectInside(page);
  });

  it('places one radio widget per option, centred in its cell', () => {
    const pages = layoutDocument(fixtureModel(2), fonts);
    const radios = pages.flatMap((p) => p.widgets).filter((w) => w.field.kind === 'choice');
    expect(radios).toHaveLength(10);
    const first = radios.slice(0, 5).map((w) => w.box.y);
    expect(new Set(first.map((y) => y.toFixed(1))).size).toBe(1);
  });
});
