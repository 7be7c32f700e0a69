import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build-document.js';
import { type ReplaySource, replayMarkup } from '../../src/document/markup-replay.js';
import { markupToModel } from '../../src/document/markup-to-model.js';
import type { WorksheetKind } from '../../src/document/model.js';
import { defaultPageSetup } from '../../src/document/page-setup.js';
import { templateContext } from '../../src/document/template-context.js';
import { escapeText, loadTemplate, runTemplate } from '../../src/document/template-engine.js';
import { loadRubric } from '../../src/rubric/load-rubric.js';
import type { Rubric } from '../../src/rubric/rubric.generated.js';
import { ROOT } from '../helpers/cli.js';

const rubrics: Record<string, Rubric> = {};
beforeAll(async () => {
  for (const id of ['2020-assessment', '2021-planning', '2025-large-chart'])
    rubrics[id] = (await loadRubric(join(ROOT, 'rubrics', `${id}.yaml`))).loaded!.rubric;
});

let sources = 0;
/** A replay source for a template file and rubric, as build-document.ts makes one. */
function sourceFor(rubric: Rubric, kind: WorksheetKind, path = join(ROOT, 'templates', `${kind}.hbs`)) {
  const page = defaultPageSetup(kind, kind === 'large-chart' ? '24x36' : 'letter', false);
  const template = loadTemplate(path);
  const source: ReplaySource = {
    key: `test ${sources++}`,
    render: (values) => runTemplate(template, templateContext(rubric, kind, values, page), path),
    escape: escapeText,
  };
  return { source, markup: (values: Record<string, string>) => source.render(values) };
}

/** Replays `values` after two renders with other values of the same keys; undefined if it did not replay. */
function replayed(rubric: Rubric, kind: WorksheetKind, values: Record<string, string>, path?: string) {
  const { source, markup } = sourceFor(rubric, kind, path);
  const other = Object.fromEntries(Object.keys(values).map((k) => [k, `x${k}`]));
  for (let i = 0; i < 2; i++) replayMarkup(source, other, markup(other));
  return replayMarkup(source, values, markup(values));
}

const ORDINARY = { date: '2026-01-02', district: 'Springfield USD', school: 'Lincoln Elementary' };

describe('markup replay: later rows of a batch reuse the first parse', () => {
  it('gives the model a parse gives, for every shipped rubric and kind, values with characters markup escapes', () => {
    const values = {
      ...ORDINARY,
      district: `Smith & Jones "North" <K-8> 'West' \`a=b\``,
      school: '  Đông  Hòa — Ωmega   ',
      facilitator: 'Директор школы 😀',
    };
    for (const rubric of Object.values(rubrics))
      for (const kind of Object.keys(rubric.worksheets) as WorksheetKind[]) {
        const model = replayed(rubric, kind, values);
        expect(model, `${rubric.id} ${kind}`).toBeDefined();
        expect(model).toEqual(markupToModel(sourceFor(rubric, kind).markup(values), 'x'));
      }
  });

  it('parses instead (undefined) for a value with a tab, a line break or a ], and before the third render', () => {
    const rubric = rubrics['2025-large-chart']!;
    for (const odd of ['a\tb', 'a\nb', 'a\r\nb', 'x]]'])
      expect(replayed(rubric, 'self-assessment', { ...ORDINARY, school: odd }), odd).toBeUndefined();
    const { source, markup } = sourceFor(rubric, 'self-assessment');
    expect(replayMarkup(source, ORDINARY, markup(ORDINARY))).toBeUndefined();
    expect(replayMarkup(source, ORDINARY, markup(ORDINARY))).toBeDefined();
  });

  it('parses instead when a value changes the markup around it (evidence=no drops a column)', () => {
    const rubric = rubrics['2025-large-chart']!;
    const { source, markup } = sourceFor(rubric, 'self-assessment');
    const values = { ...ORDINARY, evidence: 'yes' };
    for (let i = 0; i < 2; i++) replayMarkup(source, values, markup(values));
    expect(replayMarkup(source, values, markup(values))).toBeDefined();
    const no = { ...values, evidence: 'no' };
    expect(replayMarkup(source, no, markup(no))).toBeUndefined();
  });

  it('keeps no recording when a value lands where parse events do not carry it (a comment)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replay-'));
    const path = join(dir, 'comment.hbs');
    writeFileSync(
      path,
      '<document title="T"><section><!-- {{values.district}} --><p>{{values.district}}</p></section></document>',
    );
    expect(replayed(rubrics['2020-assessment']!, 'self-assessment', ORDINARY, path)).toBeUndefined();
  });

  it('property: whenever it replays, the model equals a parse of the same markup; safe values always replay', () => {
    const rubric = rubrics['2025-large-chart']!;
    const { source, markup } = sourceFor(rubric, 'self-assessment');
    const keys = ['district', 'school', 'team'];
    const prime = Object.fromEntries(keys.map((k) => [k, k]));
    for (let i = 0; i < 2; i++) replayMarkup(source, prime, markup(prime));
    const char = fc.constantFrom(...Array.from('aZ09 &<>"\'`=;#*-_/\\[]{}()\t\n\rÉđΩЖ😀\u00a0'));
    const value = fc.array(char, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.tuple(value, value, value), (triple) => {
        const values = Object.fromEntries(keys.map((k, i) => [k, triple[i]!]));
        const text = markup(values);
        const model = replayMarkup(source, values, text);
        const safe = triple.every((v) => !/[\t\n\r\]]/.test(v));
        if (safe) expect(model).toBeDefined();
        if (model) expect(model).toEqual(markupToModel(text, 'x'));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300), seed: Number(process.env.FUZZ_SEED ?? 7) },
    );
  });

  it('a field-name problem found after a replay is still reported at its place in the template', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replay-'));
    const path = join(dir, 'bad-name.hbs');
    writeFileSync(
      path,
      '<document title="T"><section><p>{{values.district}}</p>\n<table columns="1"><tr><td><text name="no.such.item" label="x"/></td></tr></table></section></document>',
    );
    const messages = [1, 2, 3].map((i) => {
      try {
        buildDocument(rubrics['2020-assessment']!, {
          kind: 'self-assessment',
          template: path,
          values: { district: `D${i}` },
        });
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    });
    expect(messages[0]).toMatch(/bad-name\.hbs:2:\d+: /);
    expect(new Set(messages).size).toBe(1);
  });
});
