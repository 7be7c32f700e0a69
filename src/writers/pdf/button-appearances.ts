import { ellipse, num } from './content-stream.js';
import type { PDFContext, PDFRef } from './pdf-objects.js';

/** On/off appearance streams shared by every radio button or checkbox of the same size in a document. */
export class ButtonAppearances {
  private readonly cache = new Map<string, { on: PDFRef; off: PDFRef }>();

  constructor(private readonly context: PDFContext) {}

  radio(size: number): { on: PDFRef; off: PDFRef } {
    // Looked up before the drawing is built: a form has hundreds of radio buttons of one or two sizes.
    return this.pair(`radio ${num(size)}`, size, () => {
      const r = size / 2;
      const ring = `${circle(r, r, r - 0.5)} 1 g 0.6 w 0 G B`;
      return { off: ring, on: `${ring} 0 g ${circle(r, r, r * 0.45)} f` };
    });
  }

  checkbox(size: number): { on: PDFRef; off: PDFRef } {
    return this.pair(`check ${num(size)}`, size, () => {
      const box = `1 g 0.6 w 0 G 0.5 0.5 ${num(size - 1)} ${num(size - 1)} re B`;
      const s = (f: number) => num(size * f);
      const tick = `${num(size / 10)} w 1 J 1 j ${s(0.2)} ${s(0.5)} m ${s(0.42)} ${s(0.25)} l ${s(0.8)} ${s(0.78)} l S`;
      return { off: box, on: `${box} ${tick}` };
    });
  }

  private pair(
    key: string,
    size: number,
    draw: () => { on: string; off: string },
  ): { on: PDFRef; off: PDFRef } {
    let pair = this.cache.get(key);
    if (!pair) {
      const form = (content: string) =>
        this.context.register(
          this.context.stream(content, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, size, size] }),
        );
      const { on, off } = draw();
      pair = { on: form(on), off: form(off) };
      this.cache.set(key, pair);
    }
    return pair;
  }
}

function circle(cx: number, cy: number, r: number): string {
  return ellipse(cx, cy, r, r);
}
