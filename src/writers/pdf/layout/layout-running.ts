import { type Running, runningText } from '../../../document/model.js';
import type { FontSet } from '../../fonts/load-fonts.js';
import { fontChain, segmentText, spansWidth } from '../../fonts/segment-text.js';
import type { PagePlan } from './page-plan.js';

/**
 * Adds the section's header and footer to a page, inside the top and bottom margins. The text shrinks
 * so that it stays inside the margin and the three slots never overlap.
 */
export function layoutRunning(page: PagePlan, number: number, count: number, fonts: FontSet): void {
  const { page: setup, header, footer } = page.section;
  const m = setup.margins;
  const width = page.width - m.left - m.right;
  const place = (running: Running | undefined, band: number, bandBottom: number) => {
    if (!running || band <= 2) return;
    const chain = fontChain(fonts, 'regular');
    const slots = (['left', 'center', 'right'] as const).map((slot) => {
      const text = running[slot];
      return { slot, spans: text ? segmentText(runningText(text, number, count), chain) : [] };
    });
    let size = Math.min(setup.fontSize * 0.8, band * 0.6);
    const used = slots.filter((s) => s.spans.length > 0);
    const allowed = used.length > 1 ? width / 3 - size * 0.5 : width;
    const widest = Math.max(0, ...used.map((s) => spansWidth(s.spans, 1)));
    if (widest > 0) size = Math.min(size, allowed / widest);
    const baseline = bandBottom + (band - size) / 2 + size * 0.2;
    for (const { slot, spans } of slots) {
      if (spans.length === 0) continue;
      const w = spansWidth(spans, size);
      const x = slot === 'left' ? m.left : slot === 'right' ? m.left + width - w : m.left + (width - w) / 2;
      page.ops.push({ kind: 'text', x, baseline, size, spans });
    }
  };
  place(header, m.top, page.height - m.top);
  place(footer, m.bottom, 0);
}
