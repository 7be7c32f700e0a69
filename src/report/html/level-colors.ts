import type { Report } from '../../score/report.js';
import { scoredLevels } from '../report-format.js';

// ColorBrewer RdBu (colour-blind safe): red for the lowest level, blue for the highest.
const STOPS = ['#ca0020', '#f4a582', '#92c5de', '#0571b0'].map(hexToRgb);
/** Levels without a value (Don't know) and unanswered items. */
export const NOT_SCORED_COLOR = '#9e9e9e';
export const UNANSWERED_COLOR = '#ffffff';

/** A colour per level key: scored levels along the red–blue ramp by value, others grey. */
export function levelColors(report: Report): Map<string, string> {
  const colors = new Map<string, string>();
  const scored = scoredLevels(report);
  scored.forEach((level, i) => {
    colors.set(level.key, ramp(scored.length === 1 ? 1 : i / (scored.length - 1)));
  });
  for (const level of report.scale.levels)
    if (!colors.has(level.key)) colors.set(level.key, NOT_SCORED_COLOR);
  return colors;
}

/** Dark or light text, whichever reads better on the colour. */
export function textColorOn(hex: string): string {
  const [r, g, b] = hexToRgb(hex);
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? '#1a1a1a' : '#ffffff';
}

function ramp(t: number): string {
  const at = t * (STOPS.length - 1);
  const i = Math.min(Math.floor(at), STOPS.length - 2);
  const f = at - i;
  const [a, b] = [STOPS[i]!, STOPS[i + 1]!];
  return `#${a
    .map((c, k) =>
      Math.round(c + (b[k]! - c) * f)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
