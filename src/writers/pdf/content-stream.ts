import type { StructNode } from '../../document/structure.js';
import type { DrawOp, PathOp } from './layout/page-plan.js';
import type { PdfFonts } from './pdf-fonts.js';
import type { PageContent } from './structure-content.js';

/** A number as PDF content writes it: at most two decimals, no trailing zeros. */
export function num(n: number): string {
  // String(-0) is '0', so a value rounding to zero from below needs no check.
  return String(Math.round(n * 100) / 100);
}

/**
 * The content stream operators for a page's draw ops (black text, grey fills, black strokes). With the
 * page's `marks`, every op is marked content: text of a structure element and a figure's drawing (its paths
 * and texts, of its Figure element) get an MCID (BDC/EMC), the rest is an /Artifact; runs of ops with the
 * same owner share one sequence.
 */
export function contentStream(ops: readonly DrawOp[], fonts: PdfFonts, marks?: PageContent): string {
  const out: string[] = [];
  // The owner of the open marked-content sequence: a structure node, or the artifact's begin operator.
  let open: StructNode | string | undefined;
  // The Figure element whose drawing is being written: its paths and texts are its content.
  let figure: StructNode | undefined;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    if (op.kind === 'mark') {
      marks?.place(op.node, op.in);
      continue;
    }
    if (op.kind === 'figure-start') {
      figure = op.node;
      if (figure) marks?.box(figure, op.box);
      continue;
    }
    if (op.kind === 'figure-end') {
      figure = undefined;
      continue;
    }
    if (marks) {
      const owner =
        figure ??
        (op.kind === 'text' && op.node ? op.node : ARTIFACT[(op.kind === 'text' && op.artifact) || 'Layout']);
      if (owner !== open) {
        if (open !== undefined) out.push('EMC');
        out.push(typeof owner === 'string' ? owner : `/${owner.role} <</MCID ${marks.content(owner)}>> BDC`);
        open = owner;
      }
    }
    if (op.kind === 'path') {
      out.push(pathOps(op));
      continue;
    }
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
    // A line that another line of the same element follows ends with a space, which keeps the words apart
    // for text extraction and screen readers (they join an element's lines as they are).
    const next = ops[i + 1];
    const font = op.spans[op.spans.length - 1]?.font;
    if (marks && op.node && next?.kind === 'text' && next.node === op.node && font?.cmap.get(32))
      text += ` <${fonts.encode({ font, text: ' ' }).hex}> Tj`;
    out.push(`${text} ET`);
  }
  if (open !== undefined) out.push('EMC');
  return out.join('\n');
}

/** A figure's polygon or polyline: filled and/or stroked in RGB. */
function pathOps(op: PathOp): string {
  const [first, ...rest] = op.points;
  if (!first) return '';
  let path = `${num(first[0])} ${num(first[1])} m`;
  for (const [x, y] of rest) path += ` ${num(x)} ${num(y)} l`;
  if (op.closed) path += ' h';
  const color = (c: [number, number, number]) => c.map((v) => num(v)).join(' ');
  const parts: string[] = [];
  if (op.fill) parts.push(`q ${color(op.fill)} rg ${path} f Q`);
  if (op.stroke) parts.push(`q ${num(op.lineWidth ?? 1)} w 1 J 1 j ${color(op.stroke)} RG ${path} S Q`);
  return parts.join('\n');
}

/** The begin operator of each kind of artifact: pagination (running text, repeated rows) or layout. */
const ARTIFACT = {
  Header: '/Artifact <</Type /Pagination /Subtype /Header>> BDC',
  Footer: '/Artifact <</Type /Pagination /Subtype /Footer>> BDC',
  Pagination: '/Artifact <</Type /Pagination>> BDC',
  Layout: '/Artifact BMC',
} as const;

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
