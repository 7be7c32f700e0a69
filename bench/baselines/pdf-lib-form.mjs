// The yardstick: the 2025 self-assessment built the straightforward way with pdf-lib's high-level form
// API (45 radio groups × 5 options, 45 multi-line text fields, DejaVu Sans embedded and subset).
// Usage: node bench/baselines/pdf-lib-form.mjs OUT.pdf
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const rubric = parse(readFileSync(new URL('../../rubrics/2025-large-chart.yaml', import.meta.url), 'utf8'));
const fontBytes = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));

const doc = await PDFDocument.create();
doc.registerFontkit(fontkit);
const font = await doc.embedFont(fontBytes, { subset: true });
const form = doc.getForm();
const levels = rubric.scale.levels;
let page = doc.addPage([612, 792]);
let y = 740;
for (const section of rubric.sections) {
  for (const item of section.items) {
    if (y < 120) {
      page = doc.addPage([612, 792]);
      y = 740;
    }
    page.drawText(`${item.number}. ${item.text}`.slice(0, 90), {
      x: 36,
      y,
      size: 8,
      font,
      color: rgb(0, 0, 0),
    });
    const group = form.createRadioGroup(`${item.id}.rating`);
    for (const [i, level] of levels.entries()) {
      group.addOptionToPage(level.key, page, { x: 36 + i * 40, y: y - 30, width: 12, height: 12 });
    }
    const evidence = form.createTextField(`${item.id}.evidence`);
    evidence.enableMultiline();
    evidence.addToPage(page, { x: 250, y: y - 50, width: 320, height: 40, font });
    y -= 70;
  }
}
form.updateFieldAppearances(font);
writeFileSync(process.argv[2] ?? 'baseline.pdf', await doc.save());
