import type { DrawOp } from './layout/page-plan.js';
import type { PdfFonts } from './pdf-fonts.js';

/** A number as PDF content writes it: at most two decimals, no trailing zeros. */
export function num(n: number): string {
  const s = (Math.round(n * 100) / 100).toString();
  return s === '-0' ? '0' : s;
}

/** The content stream operators for a page's draw ops (black text, grey fills, black strokes). */
export function contentStream(ops: readonly DrawOp[], fonts: PdfFonts): string {
  const out: string[] = [];
  for (const op of ops) {
    if (op.kind === 'rect') {
      const { x, y, width, height } = op.box;
      const path = op.round
        ? `1 0 0 1 ${num(x + width / 2)} ${num(y + height / 2)} cm ${ellipseAtOrigin(width / 2 - 0.5, height / 2 - 0.5)}`
        : `${num(x)} ${num(y)} ${num(width)} ${num(height)} re`;
      if (op.fill !== undefined) out.push(`q ${num(op.fill)} g ${path} f Q`);
      if (op.stroke !== undefined) out.push(`q ${num(op.stroke)} w 0 G ${path} S Q`);
      continue;
    }
    let text = `BT ${num(op.x)} ${num(op.baseline)} Td`;
    for (const span of op.spans) {
      const { name, hex } = fonts.encode(span);
      text += ` /${name} ${num(op.size)} Tf <${hex}> Tj`;
    }
    out.push(`${text} ET`);
  }
  return out.join('\n');
}

/** An ellipse path from four Bézier curves. */
export function ellipse(cx: number, cy: number, rx: number, ry: number): string {
  const kx = rx * 0.5523;
  const ky = ry * 0.5523;
  return [
    `${num(cx + rx)} ${num(cy)} m`,
    `${num(cx + rx)} ${num(cy + ky)} ${num(cx + kx)} ${num(cy + ry)} ${num(cx)} ${num(cy + ry)} c`,
    `${num(cx - kx)} ${num(cy + ry)} ${num(cx - rx)} ${num(cy + ky)} ${num(cx - rx)} ${num(cy)} c`,
    `${num(cx - rx)} ${num(cy - ky)} ${num(cx - kx)} ${num(cy - ry)} ${num(cx)} ${num(cy - ry)} c`,
    `${num(cx + kx)} ${num(cy - ry)} ${num(cx + rx)} ${num(cy - ky)} ${num(cx + rx)} ${num(cy)} c`,
  ].join(' ');
}

const ellipses = new Map<string, string>();

/** The ellipse path centred on the origin, memoised: forms draw hundreds of identical radio rings. */
function ellipseAtOrigin(rx: number, ry: number): string {
  const key = `${rx} ${ry}`;
  let path = ellipses.get(key);
  if (path === undefined) {
    path = ellipse(0, 0, rx, ry);
    if (ellipses.size > 64) ellipses.clear();
    ellipses.set(key, path);
  }
  return path;
}
