import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { build } from 'esbuild';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, offeredKinds } from '../../src/document/build-document.js';
import { type DocumentModel, type Field, fieldsOf } from '../../src/document/model.js';
import { accessibleName } from '../../src/document/structure.js';
import { loadRubric } from '../../src/rubric/load-rubric.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { ROOT } from '../helpers/cli.js';
import { docxFixture } from './docx-fixture.js';
import { child, docxParts, findAll, parseXml, textOf, type XmlNode, zipRecords } from './docx-xml.js';

/** External programs: missing ones skip the test locally and fail it in CI. */
function requireTools(skip: () => void, ...names: string[]): void {
  const missing = names.filter((name) => spawnSync('sh', ['-c', `command -v ${name}`]).status !== 0);
  if (missing.length === 0) return;
  if (process.env.CI === 'true') throw new Error(`required program(s) missing in CI: ${missing.join(', ')}`);
  skip();
}

/** The tag each field's content control must carry (docs/fields.md). */
function expectedTag(field: Field): string {
  return field.kind === 'choice' ? `${field.name}=${field.value}` : field.name;
}

function controls(document: XmlNode): { tag: string; alias: string; id: string; sdt: XmlNode }[] {
  return findAll(document, 'w:sdt').map((sdt) => {
    const pr = child(sdt, 'w:sdtPr')!;
    return {
      tag: child(pr, 'w:tag')!.attributes['w:val']!,
      alias: child(pr, 'w:alias')!.attributes['w:val']!,
      id: child(pr, 'w:id')!.attributes['w:val']!,
      sdt,
    };
  });
}

let fixtureBytes: Uint8Array;
let parts: Record<string, string>;
let document: XmlNode;

beforeAll(async () => {
  fixtureBytes = await writeDocx(docxFixture(), {});
  parts = docxParts(fixtureBytes);
  document = parseXml(parts['word/document.xml']!);
});

describe('writeDocx content controls', () => {
  it('gives every field one control with its stable tag, a unique id and its accessible name as alias', () => {
    const model = docxFixture();
    const found = controls(document);
    expect(found.map((c) => c.tag)).toEqual(fieldsOf(model).map(expectedTag));
    expect(found.map((c) => c.alias)).toEqual(fieldsOf(model).map(accessibleName));
    // A radio option's title names its item as well as its level.
    const option = fieldsOf(model).find((f) => f.kind === 'choice')!;
    expect(found.find((c) => c.tag.startsWith(`${option.name}=`))!.alias).toBe(
      `${option.groupLabel}: ${option.label}`,
    );
    expect(new Set(found.map((c) => c.id)).size).toBe(found.length);
    expect(found.map((c) => c.tag)).toContain('capacity-building.1.rating=ok-for-now');
  });

  it('makes options and checkboxes w14 checkbox controls, checked only where selected', () => {
    const boxes = controls(document).filter((c) => findAll(c.sdt, 'w14:checkbox').length === 1);
    expect(boxes.map((b) => b.tag)).toEqual([
      'capacity-building.1.rating=strength',
      'capacity-building.1.rating=ok-for-now',
      'capacity-building.1.rating=dont-know',
      'capacity-building.2.rating=strength',
      'capacity-building.2.rating=ok-for-now',
      'capacity-building.2.rating=dont-know',
      'review.done',
    ]);
    for (const box of boxes) {
      const checkbox = findAll(box.sdt, 'w14:checkbox')[0]!;
      const checked = child(checkbox, 'w14:checked')!.attributes['w14:val'];
      expect(child(checkbox, 'w14:checkedState')!.attributes).toMatchObject({ 'w14:val': '2612' });
      expect(child(checkbox, 'w14:uncheckedState')!.attributes).toMatchObject({ 'w14:val': '2610' });
      const on = box.tag === 'capacity-building.1.rating=ok-for-now' || box.tag === 'review.done';
      expect(checked).toBe(on ? '1' : '0');
      expect(textOf(child(box.sdt, 'w:sdtContent')!)).toBe(on ? '☒' : '☐');
    }
    // The option's label is printed next to its box.
    const cell = findAll(document, 'w:tc').find(
      (tc) => findAll(tc, 'w:sdt').length === 1 && textOf(tc).includes('OK for now'),
    );
    expect(cell).toBeDefined();
  });

  it('makes text and date fields plain-text controls: blank placeholder when empty, value when set', () => {
    const texts = controls(document).filter((c) => findAll(c.sdt, 'w:text').length === 1);
    expect(texts.map((t) => t.tag)).toEqual([
      'capacity-building.1.evidence',
      'capacity-building.2.evidence',
      'context.date',
      'reflection.greatest-strengths',
      'capacity-building.1.responsible',
    ]);
    const byTag = new Map(texts.map((t) => [t.tag, t.sdt]));
    const filled = byTag.get('capacity-building.1.evidence')!;
    expect(findAll(filled, 'w:showingPlcHdr')).toHaveLength(0);
    expect(findAll(filled, 'w:text')[0]!.attributes['w:multiLine']).toBe('1');
    expect(textOf(filled)).toBe('Minutes of 3/1 & 4/2 <board>Second line "quoted"');
    expect(findAll(filled, 'w:br')).toHaveLength(1);
    for (const tag of ['capacity-building.2.evidence', 'context.date', 'capacity-building.1.responsible']) {
      const empty = byTag.get(tag)!;
      expect(findAll(empty, 'w:showingPlcHdr')).toHaveLength(1);
      // Blank room to write in when printed, not Word's "Click or tap here to enter text.".
      expect(textOf(empty)).toMatch(/^\u00a0+$/);
    }
    expect(findAll(byTag.get('context.date')!, 'w:text')[0]!.attributes['w:multiLine']).toBeUndefined();
  });

  it('declares the w14 namespace on the document root and marks it ignorable', () => {
    expect(document.attributes['xmlns:w14']).toBe('http://schemas.microsoft.com/office/word/2010/wordml');
    expect(document.attributes['mc:Ignorable']?.split(' ')).toContain('w14');
  });
});

describe('writeDocx layout', () => {
  it('repeats header rows, never splits rows, honours minimum heights and spans', () => {
    const tables = findAll(document, 'w:tbl');
    const rows = findAll(tables[0]!, 'w:tr');
    expect(rows.map((r) => findAll(r, 'w:tblHeader').length)).toEqual([1, 0, 0, 0]);
    for (const row of findAll(document, 'w:tr')) expect(findAll(row, 'w:cantSplit')).toHaveLength(1);
    const height = findAll(rows[2]!, 'w:trHeight')[0]!.attributes;
    expect(height['w:hRule']).toBe('atLeast');
    expect(Number(height['w:val'])).toBeGreaterThanOrEqual(60 * 20);
    expect(findAll(rows[3]!, 'w:gridSpan')[0]!.attributes['w:val']).toBe('4');
    const grid = findAll(tables[0]!, 'w:gridCol').map((g) => Number(g.attributes['w:w']));
    expect(grid.reduce((a, b) => a + b, 0)).toBe((612 - 72) * 20);
    expect(findAll(rows[0]!, 'w:shd')[0]!.attributes['w:fill']).toBe('D9D9D9');
  });

  it('sets each section page size, orientation and margins, with headings as real styles', () => {
    const sections = findAll(document, 'w:sectPr');
    expect(sections).toHaveLength(2);
    expect(findAll(sections[0]!, 'w:pgSz')[0]!.attributes).toMatchObject({ 'w:w': '12240', 'w:h': '15840' });
    const a4 = findAll(sections[1]!, 'w:pgSz')[0]!.attributes;
    expect(a4).toMatchObject({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' });
    expect(findAll(sections[1]!, 'w:pgMar')[0]!.attributes).toMatchObject({
      'w:top': '800',
      'w:left': '800',
    });
    const styles = findAll(document, 'w:pStyle').map((s) => s.attributes['w:val']);
    expect(styles).toEqual(expect.arrayContaining(['Heading1', 'Heading2', 'Heading3']));
    expect(parts['word/styles.xml']).toContain('w:styleId="Heading1"');
    expect(findAll(document, 'w:br').some((br) => br.attributes['w:type'] === 'page')).toBe(true);
    expect(findAll(document, 'w:numPr').length).toBe(3);
  });

  it('leaves out tables and rows Word could not open: no rows, no cells', async () => {
    const model = docxFixture();
    model.sections = [
      {
        page: model.sections[0]!.page,
        blocks: [
          { type: 'table', columns: [1], header: [], rows: [] },
          {
            type: 'table',
            columns: [1, 1],
            header: [{ cells: [] }],
            rows: [{ cells: [{ runs: [{ text: 'only' }] }] }],
          },
        ],
      },
    ];
    const doc = parseXml(docxParts(await writeDocx(model, {}))['word/document.xml']!);
    expect(findAll(doc, 'w:tbl')).toHaveLength(1);
    expect(findAll(doc, 'w:tr')).toHaveLength(1);
  });

  it('writes running text with PAGE and NUMPAGES fields', () => {
    const header = parts['word/header1.xml']!;
    parseXml(header);
    expect(header).toContain('Peñasco ISD &amp; &lt;Partners&gt;');
    const footers = Object.keys(parts).filter((p) => /^word\/footer\d+\.xml$/.test(p));
    const all = footers.map((p) => parts[p]).join('');
    expect(all).toContain('Nguyễn Thị Hương');
    expect(all).toMatch(/PAGE/);
    expect(all).toMatch(/NUMPAGES/);
  });
});

describe('writeDocx metadata and reproducibility', () => {
  it('records the rubric identity and template values as custom properties', () => {
    const custom = parseXml(parts['docProps/custom.xml']!);
    const properties = Object.fromEntries(
      findAll(custom, 'property').map((p) => [
        p.attributes.name,
        textOf({ ...p, name: 'x' }) || p.children[0]!.text,
      ]),
    );
    expect(properties).toEqual({
      'rubricate.rubric-id': 'fixture-rubric',
      'rubricate.edition': '4/10/25',
      'rubricate.rubric-hash': 'ab'.repeat(32),
      'rubricate.kind': 'self-assessment',
    });
    // Template values are not metadata (extract never needs them); the field manifest is its own part.
    expect(parts['docProps/custom.xml']).not.toContain('Peñasco');
    const manifest = JSON.parse(findAll(parseXml(parts['customXml/item1.xml']!), 'manifest')[0]!.text!);
    expect(manifest).toMatchObject({ manifest: 1, rubric: 'fixture-rubric', kind: 'self-assessment' });
    const core = parseXml(parts['docProps/core.xml']!);
    expect(findAll(core, 'dc:title')[0]!.text).toBe('Fixture <Self-Assessment> & "Plan"');
    expect(findAll(core, 'dc:creator')[0]!.text).toBe('Attendance Works');
    expect(findAll(core, 'dcterms:created')[0]!.text).toBe('2001-03-04T05:06:08Z');
    expect(findAll(core, 'dcterms:modified')[0]!.text).toBe('2001-03-04T05:06:08Z');
  });

  it('writes no random ids and a fixed time on every zip entry', () => {
    const xml = Object.values(parts).join('');
    expect(xml).not.toMatch(/w:rsid|w14:paraId|w14:textId/);
    const names: string[] = [];
    unzipSync(fixtureBytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
    expect(names[0]).toBe('[Content_Types].xml');
    // DOS time of every local header: 2001-03-04 05:06:08 UTC
    const view = new DataView(fixtureBytes.buffer, fixtureBytes.byteOffset, fixtureBytes.byteLength);
    for (let at = 0; at + 30 < fixtureBytes.length; at++) {
      if (view.getUint32(at, true) !== 0x04034b50) continue;
      expect(view.getUint16(at + 10, true)).toBe((5 << 11) | (6 << 5) | 4);
      expect(view.getUint16(at + 12, true)).toBe((21 << 9) | (3 << 5) | 4);
      at += 29;
    }
  });

  it('gives byte-identical output from two separate node processes and in one', async () => {
    const dir = join(ROOT, 'test', '.output');
    mkdirSync(dir, { recursive: true });
    const script = join(dir, `docx-determinism-${process.pid}.mjs`);
    await build({
      stdin: {
        contents: [
          "import { writeDocx } from './src/writers/docx/write-docx.ts';",
          "import { docxFixture } from './test/writers/docx-fixture.ts';",
          'const bytes = await writeDocx(docxFixture(), {});',
          "process.stdout.write(Buffer.from(bytes).toString('base64'));",
        ].join('\n'),
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile: script,
      logLevel: 'silent',
    });
    try {
      const run = (tz: string) => {
        const result = spawnSync(process.execPath, [script], {
          env: { ...process.env, TZ: tz },
          encoding: 'utf8',
        });
        expect(result.stderr).toBe('');
        return createHash('sha256').update(Buffer.from(result.stdout, 'base64')).digest('hex');
      };
      const first = run('UTC');
      expect(run('Pacific/Auckland')).toBe(first);
      expect(createHash('sha256').update(fixtureBytes).digest('hex')).toBe(first);
      expect(Buffer.from(await writeDocx(docxFixture(), {})).equals(Buffer.from(fixtureBytes))).toBe(true);
    } finally {
      rmSync(script, { force: true });
    }
  });

  it('escapes arbitrary text everywhere it goes, keeping the XML well-formed', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(text, text, text, async (run, label, value) => {
        const model: DocumentModel = {
          ...docxFixture(),
          meta: { ...docxFixture().meta, title: run, values: { note: value } },
        };
        model.sections = [
          {
            page: model.sections[0]!.page,
            header: { left: label },
            blocks: [
              { type: 'paragraph', runs: [{ text: run }] },
              {
                type: 'field',
                label: [{ text: label }],
                field: { kind: 'text', name: 'x', label, multiline: true, value },
              },
              {
                type: 'table',
                columns: [1],
                header: [],
                rows: [
                  { cells: [{ field: { kind: 'choice', name: 'y', value: label, label, groupLabel: run } }] },
                ],
              },
            ],
          },
        ];
        const p = docxParts(await writeDocx(model, {}));
        for (const part of [
          'word/document.xml',
          'word/header1.xml',
          'docProps/core.xml',
          'docProps/custom.xml',
        ]) {
          parseXml(p[part]!);
        }
        const doc = parseXml(p['word/document.xml']!);
        // XML 1.0 cannot hold C0 controls; line breaks become w:br.
        const visible = (s: string) => s.replace(/[\u0000-\u001f]/g, '');
        expect(visible(textOf(doc))).toContain(visible(run));
        const found = controls(doc);
        expect(found.map((c) => c.tag)).toEqual([
          'x',
          `y=${label}`.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''),
        ]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('writeDocx package', () => {
  /** The fixture with other template values and another item text: what a batch row changes. */
  function otherRow(): DocumentModel {
    const model = docxFixture();
    model.meta.values = { district: 'Other District', school: 'Other School' };
    const table = model.sections[0]!.blocks.find((block) => block.type === 'table')!;
    if (table.type === 'table') table.rows[0]!.cells[1]!.runs = [{ text: 'A changed item for this row' }];
    return model;
  }

  it('records the right CRC and size for every entry, also for pieces reused from an earlier document', async () => {
    const first = await writeDocx(docxFixture(), {});
    const other = await writeDocx(otherRow(), {});
    const again = await writeDocx(docxFixture(), {});
    for (const bytes of [first, other, again]) {
      for (const record of zipRecords(bytes)) {
        expect(record.method, record.name).toBe(8);
        const inflated = inflateRawSync(record.data);
        expect(inflated.length, record.name).toBe(record.originalSize);
        expect(crc32(inflated), record.name).toBe(record.crc);
      }
    }
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    const otherParts = docxParts(other);
    expect(otherParts['word/document.xml']).toContain('A changed item for this row');
    expect(otherParts['word/document.xml']).not.toContain('cabinet-level team');
    expect(otherParts['docProps/custom.xml']).not.toContain('Other District');
    expect(docxParts(again)['word/document.xml']).not.toContain('A changed item for this row');
  });

  it('writes a table again when its model changed, even in the same object, or its control ids moved', async () => {
    const model = docxFixture();
    const table = model.sections[0]!.blocks.find((block) => block.type === 'table')!;
    if (table.type !== 'table') throw new Error('fixture has no table');
    // A table not written before, so that this very object is what the writer last saw at its place.
    table.rows[1]!.cells[1]!.runs![0]!.text = 'Written first';
    const before = docxParts(await writeDocx(model, {}))['word/document.xml']!;
    table.rows[1]!.cells[1]!.runs![0]!.text = 'Changed in place';
    const after = docxParts(await writeDocx(model, {}))['word/document.xml']!;
    expect(before).not.toContain('Changed in place');
    expect(after).toContain('Changed in place');
    // The same table after one more field: every id moves up by one and stays unique.
    const shifted = docxFixture();
    const field = shifted.sections[0]!.blocks.find((block) => block.type === 'field')!;
    shifted.sections[0]!.blocks.unshift(field);
    const ids = (xml: string) => controls(parseXml(xml)).map((c) => Number(c.id));
    const moved = ids(docxParts(await writeDocx(shifted, {}))['word/document.xml']!);
    expect(moved).toEqual(moved.map((_, i) => i + 1));
    expect(moved.length).toBe(ids(after).length + 1);
  });

  it('lists every part in the content types and relationships, and nothing that is not there', () => {
    const types = parseXml(parts['[Content_Types].xml']!);
    const overrides = findAll(types, 'Override').map((o) => o.attributes.PartName!.slice(1));
    const files = Object.keys(parts).filter(
      (name) => !name.endsWith('.rels') && name !== '[Content_Types].xml',
    );
    expect(overrides.sort()).toEqual(files.sort());
    const targets = (name: string) =>
      findAll(parseXml(parts[name]!), 'Relationship').map((r) => r.attributes.Target!);
    const manifestParts = ['customXml/item1.xml', 'customXml/itemProps1.xml'];
    expect(targets('_rels/.rels').sort()).toEqual(
      files
        .filter((f) => (!f.startsWith('word/') || f === 'word/document.xml') && !manifestParts.includes(f))
        .sort(),
    );
    // The field manifest is a data-store item of the main document, with its properties part.
    const fromDocument = targets('word/_rels/document.xml.rels').map((t) =>
      t.startsWith('../') ? t.slice(3) : `word/${t}`,
    );
    expect(fromDocument.sort()).toEqual(
      files
        .filter((f) => (f.startsWith('word/') && f !== 'word/document.xml') || f === manifestParts[0])
        .sort(),
    );
    expect(targets('customXml/_rels/item1.xml.rels')).toEqual(['itemProps1.xml']);
    // Every relationship a section refers to exists.
    const ids = findAll(parseXml(parts['word/_rels/document.xml.rels']!), 'Relationship').map(
      (r) => r.attributes.Id,
    );
    for (const reference of [
      ...findAll(document, 'w:headerReference'),
      ...findAll(document, 'w:footerReference'),
    ])
      expect(ids).toContain(reference.attributes['r:id']);
  });

  it('ends a section that ends with a table with a paragraph of its own holding the section properties', async () => {
    const model = docxFixture();
    const table = model.sections[0]!.blocks.find((block) => block.type === 'table')!;
    model.sections[0]!.blocks = [table];
    const body = child(parseXml(docxParts(await writeDocx(model, {}))['word/document.xml']!), 'w:body')!;
    expect(body.children.map((c) => c.name)).toEqual(['w:tbl', 'w:p', 'w:p', 'w:tbl', 'w:sectPr']);
    const end = body.children[1]!;
    expect(child(child(end, 'w:pPr')!, 'w:sectPr')).toBeDefined();
    expect(findAll(end, 'w:r')).toHaveLength(0);
  });

  it('keeps line breaks and tabs in tags and aliases, and drops what XML cannot hold', async () => {
    const model = docxFixture();
    const label = 'Line one\nline\ttwo\r\n\u0001end\ud800 \ufffe😀';
    model.sections = [
      {
        page: model.sections[0]!.page,
        blocks: [
          { type: 'paragraph', runs: [{ text: label }] },
          { type: 'field', label: [], field: { kind: 'text', name: `x\ny`, label, multiline: false } },
        ],
      },
    ];
    const doc = parseXml(docxParts(await writeDocx(model, {}))['word/document.xml']!);
    const [control] = controls(doc);
    expect(control!.alias).toBe('Line one\nline\ttwo\r\nend 😀');
    expect(control!.tag).toBe('x\ny');
    expect(textOf(doc)).toContain('line\ttwo');
  });

  it("loads nothing but Node's own modules to write a document (no docx package on the cold path)", async () => {
    const result = await build({
      entryPoints: [join(ROOT, 'src/writers/docx/write-docx.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      write: false,
      metafile: true,
      outdir: join(ROOT, 'test', '.output'),
      logLevel: 'silent',
    });
    const external = Object.values(result.metafile!.inputs).flatMap((input) =>
      input.imports.filter((i) => i.external).map((i) => i.path),
    );
    expect(external.length).toBeGreaterThan(0);
    expect(external.filter((path) => !path.startsWith('node:'))).toEqual([]);
  });
});

describe('writeDocx with the shipped rubrics', () => {
  const models: { name: string; model: DocumentModel }[] = [];
  beforeAll(async () => {
    for (const file of ['2020-assessment', '2021-planning', '2025-large-chart']) {
      const { loaded } = await loadRubric(join(ROOT, 'rubrics', `${file}.yaml`));
      if (!loaded) throw new Error(`could not load ${file}`);
      for (const kind of offeredKinds(loaded.rubric)) {
        const values = { district: 'Peñasco ISD', school: 'Nguyễn Thị Hương Elementary' };
        models.push({ name: `${file}-${kind}`, model: buildDocument(loaded.rubric, { kind, values }) });
      }
    }
  });

  it('tags every field of every worksheet', async () => {
    expect(models.length).toBeGreaterThanOrEqual(5);
    for (const { model } of models) {
      const doc = parseXml(docxParts(await writeDocx(model, {}))['word/document.xml']!);
      expect(controls(doc).map((c) => c.tag)).toEqual(fieldsOf(model).map(expectedTag));
    }
  });

  describe('in LibreOffice', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'rubricate-docx-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('opens every document and shows all its text', async (context) => {
      requireTools(() => context.skip(), 'soffice', 'pdftotext');
      const documents = [{ name: 'fixture', model: docxFixture() }, ...models];
      for (const { name, model } of documents)
        writeFileSync(join(dir, `${name}.docx`), await writeDocx(model, {}));
      const converted = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          ...documents.map((d) => join(dir, `${d.name}.docx`)),
        ],
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(converted.status, converted.stderr).toBe(0);
      for (const { name, model } of documents) {
        const text = spawnSync('pdftotext', [join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' }).stdout;
        const squash = (s: string) => s.replace(/\s+/g, '');
        const pdf = squash(text);
        for (const section of model.sections) {
          for (const block of section.blocks) {
            if (block.type === 'paragraph' || block.type === 'heading') {
              expect(pdf, `${name}: ${block.runs.map((r) => r.text).join('')}`).toContain(
                squash(block.runs.map((r) => r.text).join('')),
              );
            }
          }
        }
        expect(pdf).toContain('PeñascoISD');
        if (name === 'fixture') {
          expect(pdf).toContain('NguyễnThịHương');
          expect(pdf).toContain('5<6&7>3');
          expect(pdf).toContain('Minutesof3/1&4/2<board>');
        }
      }
      expect(readFileSync(join(dir, 'fixture.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    });
  });
});
