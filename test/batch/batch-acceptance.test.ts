import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../helpers/cli.js';
import { itWithPrograms } from '../helpers/external.js';
import { pdfText, squash } from '../render/expected.js';

/**
 * Acceptance of issue 6's batch: 200 good rows and one bad one, rendered to PDF and DOCX in one run.
 * The CSV is written here with every awkward thing a real one has: a BOM, CRLF, accents, commas, quotes,
 * slashes and a quoted field with a line break in it (so physical line numbers differ from row numbers).
 */
const DIR = mkdtempSync(join(tmpdir(), 'rubricate-batch-acceptance-'));
const OUT = join(DIR, 'out');
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

interface Row {
  line: number;
  district: string;
  school: string;
  team: string;
  date: string;
  facilitator: string;
}

const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
const DISTRICTS = [
  (i: number) => `Peñasco ISD ${i}`,
  (i: number) => `Nguyễn Thị Hương District ${i}`,
  (i: number) => `Smith, Jones & "Partners" ${i}`,
  (i: number) => `Las Cruces/Doña Ana ${i}`,
  (i: number) => `Αθήνα Δήμος ${i}`,
];

/** 200 good rows; the bad row (no district, which --require asks for) goes after good row 120. */
function writeCsv(): { rows: Row[]; badLine: number } {
  const lines = ['district,school,team,date,facilitator'];
  const rows: Row[] = [];
  let line = 2;
  let badLine = 0;
  for (let i = 1; i <= 200; i++) {
    const row: Row = {
      line,
      district: DISTRICTS[i % DISTRICTS.length]!(i),
      school: i % 3 === 0 ? `École "Sainte-Thérèse", campus ${i}` : `School ${i}/North`,
      team: i % 7 === 0 ? `Team ${i}\nsecond line` : `Team ${i}`,
      date: '2026-03-01',
      facilitator: `Zoë O'Brien, ${i}`,
    };
    rows.push(row);
    lines.push([row.district, row.school, row.team, row.date, row.facilitator].map(quote).join(','));
    line += row.team.split('\n').length;
    if (i === 120) {
      badLine = line;
      lines.push(',Orphan School,Team X,2026-03-01,Ana');
      line += 1;
    }
  }
  writeFileSync(join(DIR, 'districts.csv'), `\ufeff${lines.join('\r\n')}\r\n`);
  return { rows, badLine };
}

interface ManifestFile {
  file: string;
  line: number;
  rubric: string;
  edition: string;
  kind: string;
  format: string;
  sha256: string;
}

let rows: Row[];
let badLine: number;
let result: ReturnType<typeof runCli>;
let manifest: { files: ManifestFile[]; failed: { line: number; error: string }[] };

beforeAll(() => {
  ({ rows, badLine } = writeCsv());
  result = runCli(
    [
      'render',
      '2025',
      '--batch',
      join(DIR, 'districts.csv'),
      '--out-dir',
      OUT,
      '--format',
      'pdf,docx',
      '--require',
      'district,school',
    ],
    { timeout: 600_000 },
  );
  manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
}, 600_000);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const byLine = (format: string) =>
  new Map(manifest.files.filter((f) => f.format === format).map((f) => [f.line, f]));

describe('render --batch: 200 rows and a bad one, PDF and DOCX', () => {
  it('exits 1 and reports the bad row by its CSV line number, without a stack trace', () => {
    expect(result.code, result.stderr).toBe(1);
    expect(badLine).toBeGreaterThan(122); // the embedded line breaks above it count
    expect(result.stderr).toContain(`line ${badLine}: missing required value: district`);
    expect(result.stderr).toMatch(new RegExp(`wrote 400 files .*; 1 row failed \\(line ${badLine}\\)`));
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(manifest.failed).toEqual([expect.objectContaining({ line: badLine })]);
  });

  it('writes 200 PDFs and 200 DOCX, each listed with its row, rubric, edition and matching SHA-256', () => {
    const names = readdirSync(OUT).filter((n) => n !== 'manifest.json');
    expect(names.filter((n) => n.endsWith('.pdf'))).toHaveLength(200);
    expect(names.filter((n) => n.endsWith('.docx'))).toHaveLength(200);
    expect(manifest.files.map((f) => f.file).sort()).toEqual(names.sort());
    for (const format of ['pdf', 'docx'])
      expect([...byLine(format).keys()].sort()).toEqual(rows.map((r) => r.line).sort());
    for (const entry of manifest.files) {
      expect(entry).toMatchObject({
        rubric: '2025-large-chart',
        edition: '4/10/25',
        kind: 'self-assessment',
      });
      expect(sha256(readFileSync(join(OUT, entry.file))), entry.file).toBe(entry.sha256);
    }
    // File names are safe: no path separators or line breaks made it into a name.
    for (const name of names) expect(name).not.toMatch(/[/\\\n\r]/);
  });

  itWithPrograms('pdftotext')(
    "prints each row's district and school in its PDF",
    () => {
      const pdfs = byLine('pdf');
      for (const row of rows) {
        // The first page carries them; reading only it keeps 200 pdftotext runs short.
        const text = squash(pdfText(join(OUT, pdfs.get(row.line)!.file), { first: 1, last: 1 }));
        expect(text, `line ${row.line}`).toContain(squash(row.district));
        expect(text, `line ${row.line}`).toContain(squash(row.school));
      }
    },
    300_000,
  );

  it("puts each row's district and school into its DOCX", () => {
    const docx = byLine('docx');
    const unescapeXml = (s: string) =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
    for (const row of rows) {
      const zip = unzipSync(readFileSync(join(OUT, docx.get(row.line)!.file)));
      const xml = new TextDecoder().decode(zip['word/document.xml']);
      const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => unescapeXml(m[1]!))
        .join('');
      expect(text, `line ${row.line}`).toContain(row.district);
      expect(text, `line ${row.line}`).toContain(row.school);
    }
  });

  it('writes the same bytes as a single render of the same row', () => {
    const row = rows.find((r) => r.district.includes('"') && r.team.includes('\n'))!;
    expect(row).toBeDefined();
    const values = ['district', 'school', 'team', 'date', 'facilitator'] as const;
    for (const format of ['pdf', 'docx']) {
      const single = join(DIR, `single.${format}`);
      const rendered = runCli([
        'render',
        '2025',
        ...values.flatMap((key) => ['--set', `${key}=${row[key]}`]),
        '-o',
        single,
      ]);
      expect(rendered.code, rendered.stderr).toBe(0);
      const batch = readFileSync(join(OUT, byLine(format).get(row.line)!.file));
      expect(sha256(readFileSync(single)), format).toBe(sha256(batch));
    }
  });
});

describe('render --batch: a character no font covers', () => {
  it('fails that row by line number and still writes the others', () => {
    const dir = mkdtempSync(join(DIR, 'cjk-'));
    writeFileSync(
      join(dir, 'rows.csv'),
      'district,school\nPeñasco ISD,Escuela 1\n"Beijing, 北京",School 2\nLas Cruces,Escuela 3\n',
    );
    const out = join(dir, 'out');
    const run = runCli(
      ['render', '2020', '--batch', join(dir, 'rows.csv'), '--out-dir', out, '--format', 'pdf'],
      { timeout: 120_000 },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/line 3: .*no font covers the character "北" \(U\+5317\)/);
    expect(hasStackTrace(run.stderr)).toBe(false);
    const written = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).files;
    expect(written.map((f: ManifestFile) => f.line).sort()).toEqual([2, 4]);
    expect(readdirSync(out).filter((n) => n.endsWith('.pdf'))).toHaveLength(2);
  });
});
