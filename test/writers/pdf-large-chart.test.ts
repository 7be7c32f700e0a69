import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build-document.js';
import { loadRubric } from '../../src/rubric/load-rubric.js';
import { loadFonts } from '../../src/writers/fonts/load-fonts.js';
import { layoutDocument } from '../../src/writers/pdf/layout/layout-document.js';
import type { PagePlan } from '../../src/writers/pdf/layout/page-plan.js';
import { ROOT } from '../helpers/cli.js';

/** The text drawn below the bottom margin: the footer's lines. */
function footerLines(page: PagePlan): string[] {
  return page.ops
    .filter((op) => op.kind === 'text' && op.baseline < page.section.page.margins.bottom)
    .map((op) => (op.kind === 'text' ? op.spans.map((s) => s.text).join('') : ''));
}

describe('the 2025 wall chart (24×36) as laid out for the PDF', async () => {
  const rubric = (await loadRubric(join(ROOT, 'rubrics/2025-large-chart.yaml'))).loaded!.rubric;
  const model = buildDocument(rubric, { kind: 'large-chart' });
  const pages = layoutDocument(model, loadFonts());

  it('prints the whole footer on every page, the edition included (was cut on 15 of 45)', () => {
    expect(pages).toHaveLength(45);
    for (const [i, page] of pages.entries()) {
      const lines = footerLines(page);
      expect(lines.join(' | '), `page ${i + 1}`).not.toContain('…');
      expect(
        lines.some((line) => line.endsWith('LARGE CHARTS: 4/10/25')),
        `page ${i + 1}`,
      ).toBe(true);
    }
  });

  it('grows each chart row to the bottom of its page, so the room for dots uses the sheet', () => {
    for (const [i, page] of pages.entries()) {
      const { margins, fontSize } = page.section.page;
      const boxes = page.ops
        .filter((op) => op.kind === 'rect')
        .map((op) => (op.kind === 'rect' ? op.box : null)!);
      const lowest = Math.min(...boxes.map((box) => box.y));
      expect(lowest - margins.bottom, `page ${i + 1}`).toBeLessThanOrEqual(fontSize * 0.6 + 0.01);
      expect(lowest, `page ${i + 1}`).toBeGreaterThanOrEqual(margins.bottom - 0.01);
    }
  });
});
