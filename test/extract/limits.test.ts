import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocxForm } from '../../src/extract/read-docx-form.js';
import { readPdfForm } from '../../src/extract/read-pdf-form.js';
import { CORPUS } from '../corpus/corpus-index.js';
import { corpusKit } from '../corpus/corpus-kit.js';
import { ROOT } from '../helpers/cli.js';

/** The bytes of one corpus case (test/corpus/INDEX.md). */
async function bytesOf(id: string): Promise<Uint8Array> {
  return CORPUS.find((c) => c.id === id)!.build(await corpusKit());
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function docxWith(documentXml: string): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(documentXml) });
}

function nestedControls(depth: number): string {
  const open = '<w:sdt><w:sdtPr><w:tag w:val="level"/></w:sdtPr><w:sdtContent>'.repeat(depth);
  const close = '</w:sdtContent></w:sdt>'.repeat(depth);
  const leaf =
    '<w:sdt><w:sdtPr><w:tag w:val="clarity"/></w:sdtPr><w:sdtContent><w:r><w:t>4</w:t></w:r></w:sdtContent></w:sdt>';
  return `<w:document ${W}><w:body>${open}${leaf}${close}</w:body></w:document>`;
}

/** Peak memory of reading one file in a fresh process, in MiB, and what it printed. */
function measure(reader: 'readPdfForm' | 'readDocxForm', file: string): { mib: number; output: string } {
  const module = reader === 'readPdfForm' ? 'read-pdf-form.js' : 'read-docx-form.js';
  const script = `
    import { readFileSync } from 'node:fs';
    const { ${reader} } = await import(${JSON.stringify(join(ROOT, 'dist', 'extract', module))});
    let output;
    try { await ${reader}('f', readFileSync(${JSON.stringify(file)})); output = 'read'; }
    catch (error) { output = error.message; }
    // VmHWM (peak resident memory) starts afresh at exec; getrusage's maxRSS would include the parent's.
    const hwm = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    const kib = hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS;
    console.log(JSON.stringify({ mib: kib / 1024, output }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  return JSON.parse(child.stdout);
}

describe('resource limits', () => {
  it('reads 4,000 nested content controls in linear time and refuses 6,000 (XML depth over 10,000)', () => {
    const started = Date.now();
    expect(readDocxForm('ok.docx', docxWith(nestedControls(4_000))).fields.get('clarity')).toEqual({
      kind: 'text',
      value: '4',
    });
    expect(() => readDocxForm('deep.docx', docxWith(nestedControls(6_000)))).toThrow(
      /refused: .*deeper than 10000 elements/,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops inflating an entry that lies about its size', () => {
    const zip = docxWith(`<w:document ${W}><w:body>${'<w:p/>'.repeat(200_000)}</w:body></w:document>`);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    // Patch the declared size of word/document.xml in both headers to 100 bytes.
    for (let at = 0; at < zip.length - 4; at++) {
      const signature = view.getUint32(at, true);
      if (
        signature === 0x04034b50 &&
        new TextDecoder().decode(zip.subarray(at + 30, at + 47)) === 'word/document.xml'
      )
        view.setUint32(at + 22, 100, true);
      if (
        signature === 0x02014b50 &&
        new TextDecoder().decode(zip.subarray(at + 46, at + 63)) === 'word/document.xml'
      )
        view.setUint32(at + 24, 100, true);
    }
    expect(() => readDocxForm('liar.docx', zip)).toThrow(/inflates to more than its declared 100 bytes/);
  });

  it('rejects a cycle in the AcroForm field tree instead of looping', async () => {
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [3 0 R] >> >>',
      '<< /Type /Pages /Kids [] /Count 0 >>',
      '<< /T (a) /Kids [4 0 R] >>',
      '<< /T (b) /Parent 3 0 R /Kids [3 0 R] >>',
    ];
    let body = '%PDF-1.7\n';
    const offsets: number[] = [];
    objects.forEach((object, i) => {
      offsets.push(body.length);
      body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    });
    const xref = body.length;
    body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    await expect(readPdfForm('cycle.pdf', strToU8(body))).rejects.toThrow(
      /field tree cycle: object 3 0 R is reached twice/,
    );
  });

  it('refuses a flate bomb in an object stream before inflating it past 50 MiB, under 1 GiB of memory', async () => {
    const bomb = deflateSync(Buffer.alloc(300 * 1024 * 1024, 0x20), { level: 9 });
    const head = strToU8(
      `%PDF-1.7\n20 0 obj\n<< /Type /ObjStm /N 1 /First 5 /Filter /FlateDecode /Length ${bomb.length} >>\nstream\n`,
    );
    const valid = (await bytesOf('pdf/valid-form-objstm')).subarray(9);
    const file = join(ROOT, 'scratch', 'extract-flate-bomb.pdf');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(ROOT, 'scratch'), { recursive: true });
    writeFileSync(file, Buffer.concat([head, bomb, strToU8('\nendstream\nendobj\n'), valid]));
    const { mib, output } = measure('readPdfForm', file);
    expect(output).toMatch(/refused: an object stream inflates to more than 50\.0 MiB/);
    expect(mib).toBeLessThan(1024);
  });

  it('refuses the corpus zip bomb from its declared size, using little memory', async () => {
    const file = join(ROOT, 'scratch', 'extract-zip-bomb.docx');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(ROOT, 'scratch'), { recursive: true });
    writeFileSync(file, await bytesOf('docx/zip-bomb'));
    const { mib, output } = measure('readDocxForm', file);
    expect(output).toContain('would inflate to 1.1 GiB');
    expect(mib).toBeLessThan(256);
  });
});
