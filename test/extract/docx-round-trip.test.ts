import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extract } from '../../src/extract/extract.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { validateByModeline } from '../helpers/modeline.js';
import { fillDocx } from './helpers.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-docx-rt-'));
let blank: Uint8Array;

const FILL = {
  tick: ['capacity-building.1.rating=strength', 'capacity-building.2.rating=could-be-better'],
  text: {
    'respondent.name': 'Zoë Ñandú',
    'context.date': '3/15/2026',
    'capacity-building.1.evidence': 'Minutes from the café meeting — “approved”',
    'capacity-building.2.evidence': 'Line one\nLine two',
  },
};

function save(name: string, bytes: Uint8Array): string {
  const path = join(DIR, name);
  writeFileSync(path, bytes);
  return path;
}

/** Replaces one custom document property's value. */
function withProperty(bytes: Uint8Array, name: string, value: string): Uint8Array {
  const entries = unzipSync(bytes);
  const xml = strFromU8(entries['docProps/custom.xml'] as Uint8Array);
  const pattern = new RegExp(`(name="${name.replace(/\./g, '\\.')}"><vt:lpwstr>)[^<]*`);
  expect(pattern.test(xml)).toBe(true);
  entries['docProps/custom.xml'] = strToU8(xml.replace(pattern, `$1${value}`));
  return zipSync(entries);
}

/** The document as rubricate wrote it before worksheets carried a field manifest. */
function withoutManifest(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  expect(entries['customXml/item1.xml']).toBeDefined();
  for (const name of Object.keys(entries)) if (name.startsWith('customXml/')) delete entries[name];
  return zipSync(entries);
}

beforeAll(() => {
  const output = join(DIR, 'blank.docx');
  const rendered = runCli(['render', '2025', '--kind', 'self-assessment', '-o', output]);
  expect(rendered.code, rendered.stderr).toBe(0);
  blank = readFileSync(output);
});
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

// Every worksheet, and LibreOffice's re-save, are round-tripped in test/roundtrip/docx-round-trip.test.ts.
describe('DOCX round trip: render, fill as Word does, extract', () => {
  it('reads ticks, typed text with accents and line breaks, and normalises the date', async () => {
    const file = save('filled.docx', fillDocx(blank, FILL));
    const { responses } = await extract(file);
    expect(responses).toMatchObject({
      rubric: '2025-large-chart',
      edition: '4/10/25',
      kind: 'self-assessment',
      source: { file, method: 'docx-tags' },
      respondent: { name: 'Zoë Ñandú', role: null },
      context: { date: '2026-03-15', district: null },
    });
    expect(responses.items['capacity-building.1']).toEqual({
      rating: 'strength',
      evidence: 'Minutes from the café meeting — “approved”',
    });
    expect(responses.items['capacity-building.2']).toEqual({
      rating: 'could-be-better',
      evidence: 'Line one\nLine two',
    });
    expect(responses.items['capacity-building.3']).toEqual({ rating: null, evidence: null });
  });

  it('writes the same answers as YAML through the CLI, and refuses to overwrite without --force', () => {
    const file = save('cli.docx', fillDocx(blank, FILL));
    const out = join(DIR, 'cli.responses.yaml');
    expect(runCli(['extract', file, '-o', out]).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    // The modeline names the shipped schema by a path that resolves from the file, and the file passes it.
    expect(validateByModeline(out)).toEqual({
      schemaPath: join(ROOT, 'schema', 'responses.schema.json'),
      errors: [],
    });
    expect(parse(text).items['capacity-building.2']).toEqual({
      rating: 'could-be-better',
      evidence: 'Line one\nLine two',
    });
    const again = runCli(['extract', file, '-o', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it('writes one file per worksheet with --out-dir, skipping (and reporting) the unreadable one', () => {
    const good = save('team-a.docx', fillDocx(blank, FILL));
    const bad = save('team-b.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
    const outDir = join(DIR, 'out');
    const result = runCli(['extract', good, bad, '--out-dir', outDir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('team-b.docx  error  extract/unreadable  corrupt zip: truncated');
    expect(result.stderr).toContain('1 of 2 worksheets could not be read');
    expect(parse(readFileSync(join(outDir, 'team-a.responses.yaml'), 'utf8')).respondent.name).toBe(
      'Zoë Ñandú',
    );
    expect(existsSync(join(outDir, 'team-b.responses.yaml'))).toBe(false);
    expect(runCli(['extract', good, bad, '-o', join(DIR, 'x.yaml')]).stderr).toContain(
      'several worksheets need --out-dir',
    );
  });

  it('reads the same answers by position when every tag and alias is gone', async () => {
    const file = save('untagged.docx', fillDocx(blank, { ...FILL, stripTags: true }));
    const tagged = (await extract(save('tagged.docx', fillDocx(blank, FILL)))).responses;
    const { responses } = await extract(file);
    expect(responses.source?.method).toBe('docx-order');
    expect(responses.items).toEqual(tagged.items);
    expect(responses.respondent).toEqual(tagged.respondent);
  });

  it('rejects two ticked options for one item, naming the item', async () => {
    const tick = ['capacity-building.4.rating=strength', 'capacity-building.4.rating=urgent-gap'];
    const file = save('two.docx', fillDocx(blank, { tick }));
    await expect(extract(file)).rejects.toThrow(
      /item capacity-building\.4: 2 ratings ticked \("strength", "urgent-gap"\)/,
    );
  });

  it('rejects a document whose rubric content hash differs', async () => {
    const file = save(
      'hash.docx',
      withProperty(withoutManifest(blank), 'rubricate.rubric-hash', 'a'.repeat(64)),
    );
    await expect(extract(file)).rejects.toThrow(
      /made from a different version of 2025-large-chart \(content hash "aaaaaaaaaaaa"…/,
    );
  });

  it('rejects a document made from another edition', async () => {
    const file = save('edition.docx', withProperty(withoutManifest(blank), 'rubricate.edition', '1/1/24'));
    await expect(extract(file)).rejects.toThrow(
      /made from edition "1\/1\/24" of 2025-large-chart, not edition "4\/10\/25"/,
    );
  });

  it('rejects a document whose metadata and field manifest disagree (edited by hand)', async () => {
    const file = save('altered.docx', withProperty(blank, 'rubricate.rubric-hash', 'a'.repeat(64)));
    await expect(extract(file)).rejects.toThrow(
      /its rubricate\.rubric-hash \("a{12}.*"\) and its field manifest \("[0-9a-f]{12}.*"\) disagree; the file was altered/,
    );
  });

  it('rejects a document from an unknown rubric, and --rubric naming another one', async () => {
    const unknown = save(
      'unknown.docx',
      withProperty(withoutManifest(blank), 'rubricate.rubric-id', 'no-such-rubric'),
    );
    await expect(extract(unknown)).rejects.toThrow(
      /made from rubric "no-such-rubric", which is not a shipped rubric/,
    );
    const file = save('other.docx', blank);
    await expect(extract(file, { rubric: '2021' })).rejects.toThrow(
      /made from rubric "2025-large-chart", not "2021-planning"/,
    );
  });

  it('names the missing fields when controls were deleted', async () => {
    const entries = unzipSync(blank);
    const xml = strFromU8(entries['word/document.xml'] as Uint8Array);
    const sdt = /<w:sdt><w:sdtPr>(?:(?!<\/w:sdt>).)*?capacity-building\.5\.evidence.*?<\/w:sdt>/s;
    expect(sdt.test(xml)).toBe(true);
    entries['word/document.xml'] = strToU8(xml.replace(sdt, ''));
    const file = save('missing.docx', zipSync(entries));
    await expect(extract(file)).rejects.toThrow(/field "capacity-building\.5\.evidence" is missing/);
  });
});
