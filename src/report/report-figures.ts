import type { Figure, Shape } from '../document/model.js';
import type { RoundComparison } from '../score/compare-rounds.js';
import type { GroupedReport, Report } from '../score/report.js';
import { levelColors } from './html/level-colors.js';
import { formatMean, scoredLevels } from './report-format.js';

const WIDTH = 500;
const LABEL = 150;
const TRACK = '#eef1f5';
const BAR = '#1f5fa8';
const BEFORE = '#9aa7b8';
const GRID = '#8a8a8a';
const TEXT = 7.5;

/** A figure's scale axis: gridlines at each scored level across `height`, numbers below. */
function axis(report: Report, x: (v: number) => number, top: number, height: number): Shape[] {
  return scoredLevels(report).flatMap((level): Shape[] => {
    const at = x(level.value as number);
    return [
      {
        kind: 'line',
        points: [
          [at, top],
          [at, top + height],
        ],
        stroke: GRID,
        width: 0.4,
      },
      { kind: 'text', x: at, y: top + height + 9, text: String(level.value), size: TEXT, anchor: 'middle' },
    ];
  });
}

/** The mean per ingredient as horizontal bars on the scale (the HTML report's overview chart). */
export function meansFigure(report: Report): Figure {
  const row = 18;
  const right = WIDTH - 30;
  const { min, max } = report.scale;
  const x = (v: number) => LABEL + ((v - min) / (max - min || 1)) * (right - LABEL);
  const shapes: Shape[] = [];
  report.ingredients.forEach((ingredient, k) => {
    const top = k * row;
    shapes.push(
      { kind: 'text', x: LABEL - 6, y: top + 11, text: ingredient.title, size: TEXT, anchor: 'end' },
      { kind: 'rect', x: LABEL, y: top + 3, width: right - LABEL, height: 11, fill: TRACK },
    );
    if (ingredient.mean !== null)
      shapes.push({
        kind: 'rect',
        x: LABEL,
        y: top + 4,
        width: Math.max(1, x(ingredient.mean) - LABEL),
        height: 9,
        fill: BAR,
      });
    shapes.push({ kind: 'text', x: right + 4, y: top + 11, text: formatMean(ingredient.mean), size: TEXT });
  });
  const height = report.ingredients.length * row;
  shapes.push(...axis(report, x, 0, height));
  return {
    type: 'figure',
    width: WIDTH,
    height: height + 14,
    alt: `Mean rating per ingredient on a scale of ${min} to ${max}: ${report.ingredients
      .map((i) => `${i.title} ${formatMean(i.mean)}`)
      .join(', ')}.`,
    shapes,
  };
}

/** The answers per level for each ingredient as one stacked bar (shares of its answers), with a key. */
export function distributionFigure(report: Report): Figure {
  const row = 18;
  const right = WIDTH - 10;
  const colors = levelColors(report);
  const shapes: Shape[] = [];
  report.ingredients.forEach((ingredient, k) => {
    const top = k * row;
    shapes.push({
      kind: 'text',
      x: LABEL - 6,
      y: top + 11,
      text: ingredient.title,
      size: TEXT,
      anchor: 'end',
    });
    const total = ingredient.distribution.reduce((a, d) => a + d.count, 0) + ingredient.unanswered;
    let at = LABEL;
    const parts = [...ingredient.distribution, { key: '', count: ingredient.unanswered }];
    for (const part of parts) {
      if (part.count === 0 || total === 0) continue;
      const width = (part.count / total) * (right - LABEL);
      shapes.push({
        kind: 'rect',
        x: at,
        y: top + 3,
        width,
        height: 11,
        fill: part.key === '' ? '#ffffff' : (colors.get(part.key) ?? '#9e9e9e'),
        stroke: '#ffffff',
      });
      at += width;
    }
    shapes.push({ kind: 'rect', x: LABEL, y: top + 3, width: right - LABEL, height: 11, stroke: GRID });
  });
  const keyTop = report.ingredients.length * row + 6;
  const key = [
    ...report.scale.levels.map((l) => ({ label: l.label, color: colors.get(l.key)! })),
    { label: 'Not rated', color: '#ffffff' },
  ];
  let keyX = LABEL;
  for (const entry of key) {
    shapes.push(
      { kind: 'rect', x: keyX, y: keyTop, width: 8, height: 8, fill: entry.color, stroke: GRID },
      { kind: 'text', x: keyX + 11, y: keyTop + 7, text: entry.label, size: TEXT - 0.5 },
    );
    // DejaVu Sans averages about 0.6 em a character.
    keyX += 11 + entry.label.length * (TEXT - 0.5) * 0.6 + 10;
  }
  return {
    type: 'figure',
    width: WIDTH,
    height: keyTop + 12,
    alt: `Answers per level for each ingredient: ${report.ingredients
      .map(
        (i) =>
          `${i.title} ${i.distribution
            .map((d) => `${report.scale.levels.find((l) => l.key === d.key)?.label ?? d.key} ${d.count}`)
            .join(', ')}, not rated ${i.unanswered}`,
      )
      .join('; ')}.`,
    shapes,
  };
}

/** The spread of the items to discuss: each item's lowest to highest scored level, with its median. */
export function spreadFigure(report: Report): Figure | undefined {
  const items = report.team?.toDiscuss.slice(0, 12) ?? [];
  if (items.length === 0) return undefined;
  const row = 16;
  const right = WIDTH - 30;
  const { min, max } = report.scale;
  const x = (v: number) => LABEL + ((v - min) / (max - min || 1)) * (right - LABEL);
  const shapes: Shape[] = [];
  items.forEach((ref, k) => {
    const item = report.items.find((i) => i.id === ref.id)!;
    const values = item.answers.flatMap((a) => (a.value === null ? [] : [a.value]));
    const [low, high] = [Math.min(...values), Math.max(...values)];
    const top = k * row;
    shapes.push(
      { kind: 'text', x: LABEL - 6, y: top + 10, text: item.id, size: TEXT, anchor: 'end' },
      {
        kind: 'line',
        points: [
          [x(low), top + 7],
          [x(high), top + 7],
        ],
        stroke: BAR,
        width: 2,
      },
      { kind: 'rect', x: x(low) - 2, y: top + 5, width: 4, height: 4, fill: BAR },
      { kind: 'rect', x: x(high) - 2, y: top + 5, width: 4, height: 4, fill: BAR },
    );
    if (item.median !== null)
      shapes.push({
        kind: 'rect',
        x: x(item.median) - 0.75,
        y: top + 2,
        width: 1.5,
        height: 10,
        fill: '#ca0020',
      });
  });
  const height = items.length * row;
  shapes.push(...axis(report, x, 0, height));
  return {
    type: 'figure',
    width: WIDTH,
    height: height + 14,
    alt: `Spread of the items to discuss, lowest to highest scored rating with the median: ${items
      .map((i) => `${i.id} spread ${i.spread} levels, median ${formatMean(i.median)}`)
      .join('; ')}.`,
    shapes,
  };
}

/** Before and now per ingredient (the earlier round grey, this round blue), for --baseline. */
export function roundsFigure(report: Report, b: RoundComparison): Figure {
  const row = 22;
  const right = WIDTH - 30;
  const { min, max } = report.scale;
  const x = (v: number) => LABEL + ((v - min) / (max - min || 1)) * (right - LABEL);
  const shapes: Shape[] = [];
  b.ingredients.forEach((ingredient, k) => {
    const top = k * row;
    shapes.push({
      kind: 'text',
      x: LABEL - 6,
      y: top + 12,
      text: ingredient.title,
      size: TEXT,
      anchor: 'end',
    });
    if (ingredient.before !== null)
      shapes.push({
        kind: 'rect',
        x: LABEL,
        y: top + 3,
        width: Math.max(1, x(ingredient.before) - LABEL),
        height: 7,
        fill: BEFORE,
      });
    if (ingredient.now !== null)
      shapes.push({
        kind: 'rect',
        x: LABEL,
        y: top + 11,
        width: Math.max(1, x(ingredient.now) - LABEL),
        height: 7,
        fill: BAR,
      });
    shapes.push({
      kind: 'text',
      x: right + 4,
      y: top + 12,
      text: `${formatMean(ingredient.before)} → ${formatMean(ingredient.now)}`,
      size: TEXT - 1,
    });
  });
  const height = b.ingredients.length * row;
  shapes.push(...axis(report, x, 0, height));
  return {
    type: 'figure',
    width: WIDTH + 20,
    height: height + 14,
    alt: `Mean per ingredient in the earlier round and now: ${b.ingredients
      .map((i) => `${i.title} ${formatMean(i.before)} then ${formatMean(i.now)}`)
      .join(', ')}.`,
    shapes,
  };
}

/** Up to this many groups get a chart in the grouped document; more are left to the table. */
export const MAX_CHARTED_GROUPS = 30;

/** Each group's overall mean as a bar, for the roll-up of a grouped report. */
export function rollupFigure(grouped: GroupedReport): Figure | undefined {
  const groups = grouped.rollup.groups;
  if (groups.length > MAX_CHARTED_GROUPS) return undefined;
  const row = 16;
  const right = WIDTH - 30;
  const { min, max } = grouped.scale;
  const x = (v: number) => LABEL + ((v - min) / (max - min || 1)) * (right - LABEL);
  const shapes: Shape[] = [];
  groups.forEach((group, k) => {
    const top = k * row;
    shapes.push(
      { kind: 'text', x: LABEL - 6, y: top + 10, text: group.label, size: TEXT, anchor: 'end' },
      { kind: 'rect', x: LABEL, y: top + 2, width: right - LABEL, height: 11, fill: TRACK },
    );
    if (group.mean !== null)
      shapes.push({
        kind: 'rect',
        x: LABEL,
        y: top + 3,
        width: Math.max(1, x(group.mean) - LABEL),
        height: 9,
        fill: BAR,
      });
    shapes.push({ kind: 'text', x: right + 4, y: top + 10, text: formatMean(group.mean), size: TEXT });
  });
  const height = groups.length * row;
  for (let v = Math.ceil(min); v <= max; v++)
    shapes.push(
      {
        kind: 'line',
        points: [
          [x(v), 0],
          [x(v), height],
        ],
        stroke: GRID,
        width: 0.4,
      },
      { kind: 'text', x: x(v), y: height + 9, text: String(v), size: TEXT, anchor: 'middle' },
    );
  return {
    type: 'figure',
    width: WIDTH,
    height: height + 14,
    alt: `Overall mean per ${grouped.groupBy} on a scale of ${min} to ${max}: ${groups
      .map((g) => `${g.label} ${formatMean(g.mean)}`)
      .join(', ')}.`,
    shapes,
  };
}
