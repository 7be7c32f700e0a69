import { type Running, runningText } from '../../../document/model.js';
import type { FontSet } from '../../fonts/load-fonts.js';
import { fontChain, segmentText, spansWidth, type TextSpan } from '../../fonts/segment-text.js';
import type { TrueTypeFont } from '../../fonts/truetype-font.js';
import type { PagePlan } from './page-plan.js';

const SLOTS = ['left', 'center', 'right'] as const;

/**
 * Adds the section's header and footer to a page, inside the top and bottom margins. The slots share the
 * line (the centre stays centred); the text shrinks to fit, but not below a legible size: past that a left and
 * a right slot go on two lines when the margin has room for them, else the widest slot is cut short with an
 * ellipsis rather than printed in unreadable type.
 */
export function layoutRunning(page: PagePlan, number: number, count: number, fonts: FontSet): void {
  const { page: setup, header, footer } = page.section;
  const m = setup.margins;
  const width = page.width - m.left - m.right;
  const chain = fontChain(fonts, 'regular');
  const place = (
    running: Running | undefined,
    band: number,
    bandBottom: number,
    artifact: 'Header' | 'Footer',
  ) => {
    if (!running || band <= 2) return;
    const texts = SLOTS.map((slot) => (running[slot] ? runningText(running[slot], number, count) : ''));
    const preferred = Math.min(setup.fontSize * 0.8, band * 0.6);
    const smallest = Math.min(preferred, Math.max(6, setup.fontSize * 0.6));
    const gap = preferred;
    const unit = texts.map((t) => spansWidth(segmentText(t, chain), 1));
    const needed = (w: number[]) => (w[1]! > 0 ? 2 * Math.max(w[0]!, w[2]!) + w[1]! : w[0]! + w[2]!);
    const gaps = unit[1]! > 0 ? 2 * gap : unit[0]! > 0 && unit[2]! > 0 ? gap : 0;
    const size = Math.max(smallest, Math.min(preferred, (width - gaps) / (needed(unit) || 1)));
    if (
      size * needed(unit) + gaps > width &&
      stackSides(page, texts, unit, { width, band, bandBottom, preferred, smallest }, chain)
    )
      return;
    const fitted = fitSlots(texts, size, width, gap, chain);
    const baseline = bandBottom + (band - size) / 2 + size * 0.2;
    SLOTS.forEach((slot, i) => {
      const spans = fitted[i]!;
      if (spans.length === 0) return;
      const w = spansWidth(spans, size);
      const x = slot === 'left' ? m.left : slot === 'right' ? m.left + width - w : m.left + (width - w) / 2;
      page.ops.push({ kind: 'text', x, baseline, size, spans, node: undefined, artifact });
    });
  };
  place(header, m.top, page.height - m.top, 'Header');
  place(footer, m.bottom, 0, 'Footer');
}

interface Band {
  width: number;
  band: number;
  bandBottom: number;
  preferred: number;
  smallest: number;
}

/**
 * Left and right slots (no centre) that do not fit side by side, on two lines instead when the band has room:
 * left above at the margin, right below against the other margin, each whole. False when they would still be
 * cut, so that the caller shrinks and cuts as before.
 */
function stackSides(
  page: PagePlan,
  texts: string[],
  unit: number[],
  band: Band,
  chain: TrueTypeFont[],
): boolean {
  const [left, center, right] = texts as [string, string, string];
  if (center || !left || !right) return false;
  const size = Math.min(band.preferred, band.band / 2.6, band.width / Math.max(unit[0]!, unit[2]!));
  if (size < band.smallest) return false;
  const m = page.section.page.margins;
  const lower = band.bandBottom + (band.band - 2.2 * size) / 2 + size * 0.2;
  const lines = [
    { text: left, baseline: lower + 1.2 * size, x: () => m.left },
    { text: right, baseline: lower, x: (w: number) => m.left + band.width - w },
  ];
  for (const line of lines) {
    const spans = segmentText(line.text, chain);
    page.ops.push({ kind: 'text', x: line.x(spansWidth(spans, size)), baseline: line.baseline, size, spans });
  }
  return true;
}

/**
 * The slots' spans at `size` within `width`: the middle keeps its place at the centre and the sides get the
 * room beside it; side by side, the shorter side keeps its text and the longer one gets the rest.
 */
function fitSlots(texts: string[], size: number, width: number, gap: number, chain: TrueTypeFont[]) {
  const [left, center, right] = texts as [string, string, string];
  const w = (t: string) => spansWidth(segmentText(t, chain), size);
  if (center) {
    const middle = cut(center, width, size, chain);
    const side = (width - spansWidth(middle, size)) / 2 - gap;
    return [cut(left, side, size, chain), middle, cut(right, side, size, chain)];
  }
  const room = left && right ? width - gap : width;
  const [short, long] = w(left) <= w(right) ? [left, right] : [right, left];
  const shortSpans = cut(short, room / 2, size, chain);
  const longSpans = cut(long, room - spansWidth(shortSpans, size), size, chain);
  return short === left ? [shortSpans, [], longSpans] : [longSpans, [], shortSpans];
}

/** The spans of `text`, cut short with an ellipsis (binary search on its length) to fit `room`. */
function cut(text: string, room: number, size: number, chain: TrueTypeFont[]): TextSpan[] {
  const whole = segmentText(text, chain);
  if (spansWidth(whole, size) <= room) return whole;
  const chars = [...text];
  const shortened = (n: number) => segmentText(`${chars.slice(0, n).join('').trimEnd()}…`, chain);
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (spansWidth(shortened(mid), size) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo > 0 && spansWidth(shortened(lo), size) <= room ? shortened(lo) : [];
}
