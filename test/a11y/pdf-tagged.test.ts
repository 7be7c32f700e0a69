import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, offeredKinds } from '../../src/document/build-document.js';
import { reportDocument } from '../../src/report/report-document.js';
import { loadRubric } from '../../src/rubric/load-rubric.js';
import { shippedRubrics } from '../../src/rubric/registry.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { itWithPrograms, run } from '../helpers/external.js';
import { shippedRubric, teamReport } from '../report/example-reports.js';
import { type StructTextNode, structText, textsIn } from './struct-text.js';

/** One tagged PDF under test: where it is, and the item texts it must list in reading order. */
interface Case {
  name: string;
  file: string;
  bytes: Uint8Array;
  items: string[];
  /** The element the item texts are in: a table cell, or a paragraph above each wall chart. */
  itemIn: 'cell' | 'P';
  widgets: boolean;
}

const dir = mkdtempSync(join(tmpdir(), 'rubricate-a11y-'));
const cases: Case[] = [];
/** A two-item rubric's worksheets, small enough for `pdfinfo -struct-text`. */
const smallCases: Case[] = [];
const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  for (const id of shippedRubrics().keys()) {
    const rubric = await shippedRubric(id);
    const items = rubric.sections.flatMap((s) => s.items.map((item) => normal(item.text)));
    for (const kind of offeredKinds(rubric)) {
      const bytes = await writePdf(buildDocument(rubric, { kind, values: { district: 'Peñasco ISD' } }), {});
      const file = join(dir, `${id}-${kind}.pdf`);
      writeFileSync(file, bytes);
      const itemIn = kind === 'large-chart' ? 'P' : 'cell';
      cases.push({ name: `${id} ${kind}`, file, bytes, items, itemIn, widgets: kind !== 'large-chart' });
    }
  }
  const { loaded } = await loadRubric(
    join(import.meta.dirname, '..', 'fixtures', 'rubrics', 'valid-minimal.yaml'),
  );
  for (const kind of offeredKinds(loaded!.rubric)) {
    const bytes = await writePdf(buildDocument(loaded!.rubric, { kind }), {});
    const file = join(dir, `minimal-${kind}.pdf`);
    writeFileSync(file, bytes);
    const items = loaded!.rubric.sections.flatMap((s) => s.items.map((item) => normal(item.text)));
    smallCases.push({ name: `minimal ${kind}`, file, bytes, items, itemIn: 'cell', widgets: true });
  }
  const report = await teamReport();
  const rubric = await shippedRubric(report.rubric.id);
  const bytes = await writePdf(reportDocument(report), {});
  const file = join(dir, 'team-report.pdf');
  writeFileSync(file, bytes);
  const items = rubric.sections.flatMap((s) => s.items.map((item) => normal(item.text)));
  cases.push({ name: 'team report', file, bytes, items, itemIn: 'cell', widgets: false });
}, 120_000);

/** The `items` that do not occur, in this order, each within one of `texts`. */
function inOrder(items: string[], texts: string[]): string[] {
  const missing: string[] = [];
  let at = 0;
  for (const item of items) {
    const found = texts.findIndex((text, i) => i >= at && text.includes(item));
    if (found < 0) missing.push(item);
    else at = found + 1;
  }
  return missing;
}

describe('tagged PDF (PDF/UA-1) for every rubric × kind and a team report', () => {
  it('covers every shipped rubric and kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  itWithPrograms('pdfinfo')('pdfinfo says Tagged: yes', () => {
    for (const c of cases) expect(run('pdfinfo', [c.file]), c.name).toMatch(/^Tagged:\s+yes$/m);
  });

  itWithPrograms('pdfinfo')(
    'pdfinfo -struct-text lists the item texts in TH/TD of a TR of a Table, in reading order',
    () => {
      // Poppler reads the page again for each marked-content id, minutes for a 170-button form; so the text
      // is checked here on a small rubric of each kind, the wall chart and the report, and on every
      // shipped worksheet below with pdf.js; `pdfinfo -struct` checks the rows of every file.
      const small = [
        ...smallCases,
        ...cases.filter((c) => c.name.endsWith(' large-chart') || c.name === 'team report'),
      ];
      for (const c of small) {
        const tree = structText(run('pdfinfo', ['-struct-text', c.file]));
        expect(tree.role, c.name).toBe('Document');
        const cells = textsIn(tree, inTableCell);
        if (c.itemIn === 'cell') expect(inOrder(c.items, cells.map(normal)), c.name).toEqual([]);
        else {
          const paragraphs = textsIn(tree, (path) => path[path.length - 1] === 'P').map(normal);
          expect(inOrder(c.items, paragraphs), c.name).toEqual([]);
          // Each wall chart is a table whose header cells are the scale's levels.
          expect(cells.length, c.name).toBeGreaterThan(0);
        }
      }
      for (const c of cases) {
        const tree = structText(run('pdfinfo', ['-struct', c.file]));
        const rows = tables(tree);
        expect(rows.length, c.name).toBeGreaterThan(0);
        for (const table of rows) {
          expect(table.children.length, c.name).toBeGreaterThan(0);
          for (const row of table.children) {
            expect(row.role, c.name).toBe('TR');
            for (const cell of row.children) expect(['TH', 'TD'], c.name).toContain(cell.role);
          }
        }
      }
    },
    180_000,
  );

  it('pdf.js finds the structure on every page and an accessible name for every widget', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    for (const c of cases) {
      const doc = await pdfjs.getDocument({ data: c.bytes.slice(), useSystemFonts: false }).promise;
      const roles = new Set<string>();
      const cellTexts: string[] = [];
      const paragraphTexts: string[] = [];
      let widgets = 0;
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p);
        const tree = await page.getStructTree();
        const text = await markedText(page);
        const pageRoles = new Set<string>();
        const contentIn = new Set<string>();
        const walk = (node: PdfjsStructNode, path: string[]) => {
          if (node.role) pageRoles.add(node.role);
          else if (node.type) contentIn.add(`${path[path.length - 1]}:${node.type}`);
          const here = node.role ? [...path, node.role] : path;
          if (node.role && (inTableCell(here) || node.role === 'P')) {
            const own = (node.children ?? []).map((child) =>
              child.type === 'content' ? (text.get(child.id!) ?? '') : '',
            );
            const joined = normal(own.join(' '));
            if (joined) (node.role === 'P' ? paragraphTexts : cellTexts).push(joined);
          }
          for (const child of node.children ?? []) walk(child, here);
        };
        walk(tree as PdfjsStructNode, []);
        expect(pageRoles.has('Document'), `${c.name} page ${p}`).toBe(true);
        expect(contentIn.size, `${c.name} page ${p} has tagged content`).toBeGreaterThan(0);
        for (const role of pageRoles) roles.add(role);
        for (const annotation of await page.getAnnotations()) {
          if (annotation.subtype !== 'Widget') continue;
          widgets++;
          expect(
            String(annotation.alternativeText ?? '').trim(),
            `${c.name} ${annotation.fieldName}`,
          ).not.toBe('');
          expect(contentIn.has('Form:annotation'), `${c.name} page ${p}`).toBe(true);
          if (annotation.radioButton) expect(annotation.alternativeText, c.name).toMatch(/item \d+: \S/);
        }
      }
      // pdf.js splits text at line ends its own way: compare without white space.
      const squash = (texts: string[]) => texts.map((t) => t.replace(/\s+/g, ''));
      const found = squash(c.itemIn === 'cell' ? cellTexts : paragraphTexts);
      expect(inOrder(squash(c.items), found), c.name).toEqual([]);
      const expected = ['Document', 'H1', 'Table', 'TR', 'TH', ...(c.itemIn === 'cell' ? ['TD'] : ['P'])];
      for (const role of expected) expect(roles.has(role), `${c.name} has ${role}`).toBe(true);
      if (c.widgets) {
        expect(widgets, c.name).toBeGreaterThan(0);
        expect(roles.has('Form'), c.name).toBe(true);
      }
      await doc.destroy();
    }
  }, 120_000);

  itWithPrograms('/usr/bin/python3')(
    'pypdf: every widget resolves to its Form, no text outside marked content, XMP says PDF/UA-1, no warnings',
    () => {
      const script = join(import.meta.dirname, 'check_tagged_pdf.py');
      const results = JSON.parse(run('/usr/bin/python3', [script, ...cases.map((c) => c.file)]));
      results.forEach((result: Record<string, unknown>, i: number) => {
        const c = cases[i]!;
        expect(result.warnings, c.name).toEqual([]);
        expect(result.badWidgets, c.name).toEqual([]);
        expect(result.untaggedText, c.name).toBe(0);
        expect(result.pdfuaPart, c.name).toEqual(['1']);
        expect(result.language, c.name).toEqual(['en-US']);
        expect((result.title as string[])[0], c.name).toBeTruthy();
        expect(result.marked, c.name).toBe(true);
        expect(result.displayDocTitle, c.name).toBe(true);
        expect(result.tabs, c.name).toEqual(['/S']);
        if (c.widgets) expect(result.widgets, c.name).toBeGreaterThan(0);
      });
    },
    120_000,
  );

  itWithPrograms('qpdf', 'mutool')(
    'qpdf --check and mutool draw read every file without a warning',
    () => {
      for (const c of cases) {
        const qpdf = run('qpdf', ['--check', c.file]);
        expect(qpdf, c.name).toMatch(/No syntax or stream encoding errors/);
        expect(qpdf, c.name).not.toMatch(/WARNING/i);
        const mutool = spawnMutool(c.file);
        expect(mutool, c.name).toEqual([]);
      }
    },
    180_000,
  );
});

interface PdfjsStructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: PdfjsStructNode[];
}

/** A page's text by pdf.js marked-content id (the ids its structure tree's content nodes name). */
async function markedText(page: {
  getTextContent(options: object): Promise<{ items: unknown[] }>;
}): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const open: string[] = [];
  const { items } = await page.getTextContent({ includeMarkedContent: true });
  for (const item of items as { type?: string; id?: string; str?: string }[]) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')
      open.push(item.id ?? '');
    else if (item.type === 'endMarkedContent') open.pop();
    else if (item.str !== undefined) {
      const id = open[open.length - 1];
      if (id) texts.set(id, `${texts.get(id) ?? ''} ${item.str}`);
    }
  }
  return texts;
}

/** A role path ending in a table cell of a row of a table. */
function inTableCell(path: string[]): boolean {
  const [cell, row, table] = path.slice(-3).reverse();
  return (cell === 'TD' || cell === 'TH') && row === 'TR' && table === 'Table';
}

/** Every Table element of a tree. */
function tables(node: StructTextNode): StructTextNode[] {
  return node.role === 'Table' ? [node] : node.children.flatMap(tables);
}

/** mutool's warnings and errors drawing every page, without the note about its own build (no ICC support). */
function spawnMutool(file: string): string[] {
  const output = run('sh', ['-c', `mutool draw -q -F txt -o /dev/null '${file}' 2>&1`]);
  return output
    .split('\n')
    .filter(
      (line) => line.trim() !== '' && !/ICC support is not available/.test(line) && !/^page /.test(line),
    );
}
