import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticRubric } from '../../bench/synthetic-rubric.mjs';
import { diffRubrics } from '../../src/diff/diff-rubrics.js';
import { renderHtml } from '../../src/diff/render-html.js';
import { renderMarkdown } from '../../src/diff/render-markdown.js';
import { renderText } from '../../src/diff/render-text.js';
import { wordDiff } from '../../src/diff/word-diff.js';
import type { Rubric } from '../../src/rubric/rubric.generated.js';
import { shipped } from './helpers.js';

const small = (): Rubric => syntheticRubric(12, 7) as Rubric;

describe('diff properties', () => {
  it('a rubric diffed with itself is identical', async () => {
    for (const name of ['2020', '2021', '2025']) {
      const rubric = await shipped(name);
      const diff = diffRubrics(rubric, structuredClone(rubric));
      expect(diff.identical).toBe(true);
      expect(diff.items.every((c) => c.kind === 'unchanged' && c.score === 1)).toBe(true);
      expect(renderText(diff)).toContain('No changes');
    }
  });

  it('diff(a, a) is empty for arbitrary item texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 80 }), { minLength: 1, maxLength: 12 }),
        (texts) => {
          const rubric = small();
          rubric.sections = [
            {
              id: 's',
              title: 'S',
              items: texts.map((text, i) => ({ id: `s.${i + 1}`, number: i + 1, text })),
            },
          ];
          expect(diffRubrics(rubric, structuredClone(rubric)).identical).toBe(true);
        },
      ),
    );
  });

  it('keeps a changed space: "." → ". " adds one space run (diffWords folded it away)', () => {
    expect(wordDiff('.', '. ')).toEqual([
      { op: 'equal', text: '.' },
      { op: 'added', text: ' ' },
    ]);
  });

  it('word runs rebuild both texts exactly', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const words = wordDiff(a, b);
        expect(
          words
            .filter((w) => w.op !== 'added')
            .map((w) => w.text)
            .join(''),
        ).toBe(a);
        expect(
          words
            .filter((w) => w.op !== 'removed')
            .map((w) => w.text)
            .join(''),
        ).toBe(b);
      }),
    );
  });

  it('shows exactly the one word an item lost', async () => {
    const older = await shipped('2021');
    const newer = structuredClone(older);
    const item = newer.sections[2]!.items[3]!;
    item.text = item.text.replace(' engaging,', '');
    const diff = diffRubrics(older, newer);
    expect(diff.identical).toBe(false);
    const changed = diff.items.filter((c) => c.kind !== 'unchanged');
    expect(changed).toHaveLength(1);
    expect(changed[0]!.kind).toBe('reworded');
    const edits = changed[0]!.words.filter((w) => w.op !== 'equal');
    expect(edits).toHaveLength(1);
    expect(edits[0]!.op).toBe('removed');
    expect(edits[0]!.text.trim()).toBe('engaging,');
    expect(renderText(diff)).toContain('[-engaging,-]');
    expect(renderMarkdown(diff)).toContain('~~engaging,~~');
    expect(renderHtml(diff)).toContain('<del>engaging,</del>');
  });

  it('every renderer escapes arbitrary rubric text', () => {
    const hostile = fc.oneof(
      fc.string({ minLength: 1 }),
      fc.constantFrom(
        '<script>alert(1)</script>',
        '**bold** _x_ `code` [a](b) | pipe',
        '\u001b[31mred\u001b[0m',
        '& &amp; "\'',
      ),
    );
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        const older = small();
        const newer = structuredClone(older);
        older.sections[0]!.items[0]!.text = `Our district ${a}`;
        newer.sections[0]!.items[0]!.text = `Our district ${b}`;
        newer.title = b;
        const diff = diffRubrics(older, newer);
        const html = renderHtml(diff);
        expect(html).not.toMatch(/<script/i);
        expect(html.replace('<!DOCTYPE html>', '').replace(/<\/?[a-z0-9]+( [^<>]*)?>/g, '')).not.toMatch(
          /[<>]/,
        );
        const text = renderText(diff);
        expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
        const md = renderMarkdown(diff);
        expect(md).not.toMatch(/<[a-z]/i);
        expect(md).not.toContain('\u001b');
      }),
      { numRuns: 200 },
    );
  });
});
