import type { Figure } from '../../document/model.js';
import { halfPoints } from './units.js';
import { attribute, text } from './xml-text.js';

/** VML's namespaces, declared on the picture itself so that documents without figures stay as they are. */
const VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"';
/** Group coordinates are tenths of a point. */
const UNIT = 10;

const color = (c: string | undefined) => (c && /^#[0-9a-f]{6}$/i.test(c) ? c : '#000000');
const u = (points: number) => Math.round(points * UNIT);

/**
 * A model figure as an inline VML group (Word and LibreOffice both draw it): rectangles, polylines and
 * text boxes in the figure's coordinates, scaled down to the text width; `alt` holds the text alternative.
 * VML rather than DrawingML because a group of simple shapes needs no drawing canvas, relationship or
 * extra part.
 */
export function figureToDocx(block: Figure, textWidth: number): string {
  const scale = Math.min(1, textWidth / block.width);
  const shapes = block.shapes.map((shape) => {
    if (shape.kind === 'rect')
      return `<v:rect style="position:absolute;left:${u(shape.x)};top:${u(shape.y)};width:${u(shape.width)};height:${u(shape.height)}" ${
        shape.fill ? `filled="t" fillcolor="${color(shape.fill)}"` : 'filled="f"'
      } ${shape.stroke ? `stroked="t" strokecolor="${color(shape.stroke)}" strokeweight="0.5pt"` : 'stroked="f"'}/>`;
    if (shape.kind === 'line' && shape.points.length === 2) {
      const [[x1, y1], [x2, y2]] = shape.points as [[number, number], [number, number]];
      return `<v:line from="${u(x1)},${u(y1)}" to="${u(x2)},${u(y2)}" stroked="t" strokecolor="${color(shape.stroke)}" strokeweight="${Math.round((shape.width ?? 1) * scale * 100) / 100}pt"/>`;
    }
    if (shape.kind === 'line')
      return `<v:polyline points="${shape.points.map(([x, y]) => `${u(x)},${u(y)}`).join(' ')}" filled="f" stroked="t" strokecolor="${color(shape.stroke)}" strokeweight="${Math.round((shape.width ?? 1) * scale * 100) / 100}pt"/>`;
    // A text box wide enough for the text (DejaVu Sans averages about 0.6 em), placed by its anchor.
    const width = shape.text.length * shape.size * 0.62 + shape.size;
    const left =
      shape.anchor === 'middle' ? shape.x - width / 2 : shape.anchor === 'end' ? shape.x - width : shape.x;
    const align = shape.anchor === 'middle' ? 'center' : shape.anchor === 'end' ? 'right' : 'left';
    const size = halfPoints(shape.size * scale);
    return `<v:shape style="position:absolute;left:${u(left)};top:${u(shape.y - shape.size * 1.05)};width:${u(width)};height:${u(shape.size * 1.4)}" filled="f" stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="${align}"/></w:pPr><w:r><w:rPr><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr><w:t xml:space="preserve">${text(shape.text)}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape>`;
  });
  const w = Math.round(block.width * scale * 100) / 100;
  const h = Math.round(block.height * scale * 100) / 100;
  return `<w:r><w:pict ${VML}><v:group style="width:${w}pt;height:${h}pt" coordorigin="0,0" coordsize="${u(block.width)},${u(block.height)}" alt="${attribute(block.alt)}">${shapes.join('')}</v:group></w:pict></w:r>`;
}
