import { describe, expect, it } from 'vitest';
import { buildDocument, offeredKinds } from '../../src/document/build-document.js';
import type { DocumentModel } from '../../src/document/model.js';
import { loadRubric } from '../../src/rubric/load-rubric.js';
import { loadFonts } from '../../src/writers/fonts/load-fonts.js';
import { spansWidth } from '../../src/writers/fonts/segment-text.js';
import { layoutDocument } from '../../src/writers/pdf/layout/layout-document.js';
import type { PagePlan, TextOp } from '../../src/writers/pdf/layout/page-plan.js';

const RUBRICS = ['2020-assessment', '2021-planning', '2025-large-chart'];
const fonts = loadFonts();

async function worksheets(): Promise<{ name: string; model: DocumentModel }[]> {
  const out: { name: string; model: DocumentModel }[] = [];
  for (const file of RUBRICS) {
    const rubric = (await loadRubric(`rubrics/${file}.yaml`)).loaded!.rubric;
    for (const kind of offeredKinds(rubric)) {
      const values = { district: 'Nguyễn Thị Hương', school: 'Peñasco ISD' };
      out.push({ name: `${file} ${kind}`, model: buildDocument(rubric, { kind, values }) });
    }
  }
  return out;
}

const textOf = (op: TextOp) => op.spans.map((s) => s.text).join('');
/** Text placed inside the top or bottom margin: the running header and footer. */
const running = (page: PagePlan) => {
  const m = page.section.page.margins;
  return page.ops.filter(
    (op): op is TextOp => op.kind === 'text' && (op.baseline > page.height - m.top || op.baseline < m.bottom),
  );
};

describe('layout of the shipped worksheets', () => {
  it('prints running headers and footers at a legible size, inside the page, without overlap', async () => {
    for (const { name, model } of await worksheets()) {
      for (const page of layoutDocument(model, fonts)) {
        const m = page.section.page.margins;
        const ops = running(page);
        expect(ops.length, name).toBeGreaterThan(0);
        const spans = ops
          .map((op) => ({ op, left: op.x, right: op.x + spansWidth(op.spans, op.size) }))
          .sort((a, b) => a.left - b.left);
        for (const { op, left, right } of spans) {
          expect(op.size, `${name}: ${textOf(op)}`).toBeGreaterThanOrEqual(6);
          expect(left).toBeGreaterThanOrEqual(m.left - 0.01);
          expect(right).toBeLessThanOrEqual(page.width - m.right + 0.01);
        }
        for (let i = 1; i < spans.length; i++) {
          const [a, b] = [spans[i - 1]!, spans[i]!];
          if (Math.abs(a.op.baseline - b.op.baseline) < 0.01) expect(a.right).toBeLessThan(b.left);
        }
      }
    }
  });

  it('shows the whole running header of the long 2021 title, not a shrunken or cut one', async () => {
    const model = (await worksheets()).find((w) => w.name === '2021-planning action-plan')!.model;
    const header = running(layoutDocument(model, fonts)[0]!).map(textOf);
    expect(header).toContain(
      'Does Our School District Have a Systemic Approach to Reducing Chronic Absence?',
    );
  });

  it('cuts a header too long for the line with an ellipsis rather than shrinking it out of sight', async () => {
    const model = (await worksheets())[0]!.model;
    const long = 'A very long running header '.repeat(20).trim();
    model.sections = model.sections.map((s) => ({ ...s, header: { left: long, right: 'Action Plan' } }));
    const page = layoutDocument(model, fonts)[0]!;
    const top = running(page).filter((op) => op.baseline > page.height / 2);
    expect(top.map(textOf)).toContain('Action Plan');
    const cut = top.find((op) => textOf(op).startsWith('A very long'))!;
    expect(textOf(cut).endsWith('…')).toBe(true);
    expect(cut.size).toBeGreaterThanOrEqual(6);
  });

  it('keeps a centred slot centred and fits long left and right slots beside it', async () => {
    const model = (await worksheets())[0]!.model;
    const long = 'Left side of a running header that is much too long '.repeat(6).trim();
    model.sections = model.sections.map((s) => ({
      ...s,
      header: { left: long, center: 'Page {page} of {pages}', right: long },
    }));
    const page = layoutDocument(model, fonts)[0]!;
    const top = running(page)
      .filter((op) => op.baseline > page.height / 2)
      .map((op) => ({ text: textOf(op), left: op.x, right: op.x + spansWidth(op.spans, op.size) }))
      .sort((a, b) => a.left - b.left);
    expect(top.map((t) => t.text.endsWith('…'))).toEqual([true, false, true]);
    expect(top[1]!.text).toMatch(/^Page 1 of \d+$/);
    expect((top[1]!.left + top[1]!.right) / 2).toBeCloseTo(page.width / 2, 1);
    expect(top[0]!.right).toBeLessThan(top[1]!.left);
    expect(top[1]!.right).toBeLessThan(top[2]!.left);
  });

  it('never leaves a heading at the foot of a page without the start of its table', async () => {
    for (const { name, model } of await worksheets()) {
      for (const page of layoutDocument(model, fonts)) {
        const body = page.section.page.fontSize;
        const headings = page.ops.filter(
          (op): op is TextOp => op.kind === 'text' && op.size >= body * 1.25 && op.size < body * 1.35,
        );
        for (const heading of headings) {
          // Something drawn below the heading on the same page: the table's header row at least.
          const below = page.ops.some(
            (op) => op.kind === 'rect' && op.box.y + op.box.height < heading.baseline,
          );
          expect(below, `${name}: "${textOf(heading)}" alone at the foot of a page`).toBe(true);
        }
      }
    }
  });
});
