import { unzipSync } from 'fflate';
import { fillDocx } from '../extract/helpers.js';
import type { CorpusCase, CorpusKit, Expectation, Verdict } from './corpus-case.js';
import { deflateSandwich } from './deflate-bomb.js';
import { EXPECTED_ANSWERS } from './mini-form.js';
import { type ZipItem, zipBytes } from './zip-bytes.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const EVIDENCE = 'Solid structure, thin sourcing.';

function docx(
  id: string,
  verdict: Verdict,
  what: string,
  expect: Expectation,
  build: (kit: CorpusKit) => Uint8Array,
  more: Partial<CorpusCase> = {},
): CorpusCase {
  return { id: `docx/${id}`, ext: '.docx', command: 'extract', verdict, what, expect, build, ...more };
}

/** The rendered corpus worksheet filled as Word fills it (test/extract/helpers.ts), as zip items in order. */
function filledItems(kit: CorpusKit): ZipItem[] {
  const filled = fillDocx(kit.docx, {
    tick: ['capacity-building.1.rating=strength', 'actionable-data.2.rating=urgent-gap'],
    text: {
      'respondent.name': 'Alice Example',
      'context.district': 'Riverside Unified',
      'capacity-building.1.evidence': EVIDENCE,
    },
  });
  return Object.entries(unzipSync(filled)).map(([name, data]) => ({ name, data }));
}

/** The filled worksheet with word/document.xml changed by `change`. */
function withXml(kit: CorpusKit, change: (xml: string) => string | Uint8Array): Buffer {
  return zipBytes(
    filledItems(kit).map((item) => {
      if (item.name !== 'word/document.xml') return item;
      const xml = change(Buffer.from(item.data!).toString('utf8'));
      return { ...item, data: typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml };
    }),
  );
}

/** The filled worksheet with its zip items changed by `change`. */
function withItems(kit: CorpusKit, change: (items: ZipItem[]) => ZipItem[]): Buffer {
  return zipBytes(change(filledItems(kit)));
}

/** Replaces the first match, failing when there is none (so a case never silently stops testing). */
function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const found = typeof from === 'string' ? text.includes(from) : from.test(text);
  if (!found) throw new Error(`corpus: ${from} not found in document.xml`);
  return text.replace(from, to);
}

/** The content control tagged `tag` (the first one). */
function control(xml: string, tag: string): string {
  const at = xml.indexOf(`<w:tag w:val="${tag}"/>`);
  const start = xml.lastIndexOf('<w:sdt>', at);
  const end = xml.indexOf('</w:sdt>', at) + '</w:sdt>'.length;
  if (at < 0 || start < 0) throw new Error(`corpus: no control ${tag}`);
  return xml.slice(start, end);
}

/** Wraps the evidence control of capacity-building.1 in `depth` container controls. */
function nested(xml: string, depth: number): string {
  const inner = control(xml, 'capacity-building.1.evidence');
  const open = Array.from(
    { length: depth },
    (_, i) => `<w:sdt><w:sdtPr><w:tag w:val="level-${i}"/></w:sdtPr><w:sdtContent>`,
  ).join('');
  return xml.replace(inner, `${open}${inner}${'</w:sdtContent></w:sdt>'.repeat(depth)}`);
}

/** A document.xml with a DOCTYPE declaring `entities`, used in the respondent's name. */
function withDoctype(xml: string, entities: string, use: string): string {
  const doctype = `<!DOCTYPE w:document [${entities}]>`;
  return replaceOnce(xml, /(<\?xml[^>]*\?>)/, `$1${doctype}`).replace('Alice Example', use);
}

const BILLION = Array.from({ length: 10 }, (_, i) =>
  i === 0 ? '<!ENTITY lol0 "lol">' : `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`,
).join('');

let bomb: ReturnType<typeof deflateSandwich> | undefined;

/** document.xml with 1,100 MiB of "A" for the evidence, deflated (once per process: the CRC takes seconds). */
function bombOf(xml: Uint8Array): ReturnType<typeof deflateSandwich> {
  const [head, tail] = Buffer.from(xml).toString('utf8').split(EVIDENCE) as [string, string];
  bomb ??= deflateSandwich(Buffer.from(head), 0x41, 1100, Buffer.from(tail));
  return bomb;
}

const OLE2 = Buffer.concat([
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  Buffer.alloc(504),
  Buffer.from('EncryptedPackage', 'utf16le'),
  Buffer.alloc(1024),
]);

export const DOCX_CASES: CorpusCase[] = [
  docx(
    'valid-rendered',
    'accept',
    'A worksheet rendered by rubricate, filled as Word fills it',
    { answers: EXPECTED_ANSWERS },
    (kit) => withItems(kit, (items) => items),
  ),
  docx('not-a-zip', 'reject', 'A text file named .docx', { message: 'not a DOCX (zip)' }, () =>
    Buffer.from('this is not a zip\n'),
  ),
  docx('empty', 'reject', 'Zero bytes', { message: 'not a DOCX (zip)' }, () => new Uint8Array()),
  docx(
    'truncated',
    'reject',
    'The first half of the filled worksheet: no central directory',
    { message: 'corrupt zip: truncated' },
    (kit) => {
      const whole = withItems(kit, (items) => items);
      return whole.subarray(0, whole.length >> 1);
    },
  ),
  docx(
    'ole2-encrypted',
    'reject',
    'An OLE2 compound file with an EncryptedPackage stream (a password-protected or legacy Word file)',
    { message: 'encrypted or legacy Word file' },
    () => OLE2,
  ),
  docx(
    'no-document-xml',
    'reject',
    'A valid zip with word/document2.xml but no word/document.xml',
    { message: 'word/document.xml missing' },
    (kit) =>
      withItems(kit, (items) =>
        items.map((i) => (i.name === 'word/document.xml' ? { ...i, name: 'word/document2.xml' } : i)),
      ),
  ),
  docx(
    'document-xml-wrong-case',
    'accept',
    'The main part stored as `Word/Document.XML` (part names are case-insensitive)',
    { answers: EXPECTED_ANSWERS },
    (kit) =>
      withItems(kit, (items) =>
        items.map((i) => (i.name === 'word/document.xml' ? { ...i, name: 'Word/Document.XML' } : i)),
      ),
  ),
  docx(
    'zip-bomb',
    'refuse',
    'word/document.xml inflates to 1.1 GiB of "A" in the evidence, from about 1.1 MB; honest sizes',
    { message: 'would inflate to 1.1 GiB' },
    (kit) =>
      withItems(kit, (items) =>
        items.map((i) => {
          if (i.name !== 'word/document.xml') return i;
          return { ...i, ...bombOf(i.data!) };
        }),
      ),
  ),
  docx(
    'zip-bomb-lying-size',
    'reject',
    'The same 1.1 GiB entry declaring 40,000 bytes in both headers: inflation must stop at the declared size',
    { message: 'inflates to more than its declared 39.1 KiB' },
    (kit) =>
      withItems(kit, (items) =>
        items.map((i) => {
          if (i.name !== 'word/document.xml') return i;
          return { ...i, ...bombOf(i.data!), size: 40_000 };
        }),
      ),
  ),
  docx(
    'xxe-file',
    'reject',
    '`<!ENTITY xxe SYSTEM "file:///etc/passwd">` used in the respondent',
    { message: 'DOCTYPE declarations are not allowed' },
    (kit) => withXml(kit, (xml) => withDoctype(xml, '<!ENTITY xxe SYSTEM "file:///etc/passwd">', '&xxe;')),
  ),
  docx(
    'xxe-dev-zero',
    'reject',
    'External entities /dev/zero and /dev/urandom',
    { message: 'DOCTYPE declarations are not allowed' },
    (kit) =>
      withXml(kit, (xml) =>
        withDoctype(xml, '<!ENTITY z SYSTEM "file:///dev/zero"><!ENTITY r SYSTEM "/dev/urandom">', '&z;&r;'),
      ),
  ),
  docx(
    'billion-laughs',
    'reject',
    '10 levels of 10 internal entities (10^9 "lol") in the respondent',
    { message: 'DOCTYPE declarations are not allowed' },
    (kit) => withXml(kit, (xml) => withDoctype(xml, BILLION, '&lol9;')),
  ),
  docx(
    'path-traversal',
    'ignore',
    'An extra entry `../../evil.txt`: entries are read in memory, never extracted',
    { answers: EXPECTED_ANSWERS },
    (kit) => withItems(kit, (items) => [...items, { name: '../../evil.txt', data: Buffer.from('evil') }]),
  ),
  docx(
    'path-traversal-variants',
    'ignore',
    'Entries `/tmp/bad-inputs-evil-absolute.txt`, `..\\..\\evil-backslash.txt`, `word/../../../evil-dotdot.txt`, `C:/evil-drive.txt` and a symlink to /etc/passwd',
    { answers: EXPECTED_ANSWERS },
    (kit) =>
      withItems(kit, (items) => [
        ...items,
        ...[
          '/tmp/bad-inputs-evil-absolute.txt',
          '..\\..\\evil-backslash.txt',
          'word/../../../evil-dotdot.txt',
          'C:/evil-drive.txt',
        ].map((name) => ({ name, data: Buffer.from('evil') })),
        {
          name: 'word/media/link-to-passwd',
          data: Buffer.from('/etc/passwd'),
          method: 0,
          unixMode: 0o120777,
        },
      ]),
  ),
  docx(
    'symlink-document-xml',
    'reject',
    'word/document.xml is a symlink entry pointing at /etc/passwd',
    { message: 'is a symlink' },
    (kit) =>
      withItems(kit, (items) =>
        items.map((i) =>
          i.name === 'word/document.xml'
            ? { name: i.name, data: Buffer.from('/etc/passwd'), method: 0, unixMode: 0o120777 }
            : i,
        ),
      ),
  ),
  docx(
    'malformed-xml',
    'reject',
    'A bare `&` in the evidence, and a missing `</w:sdt>`',
    { message: 'not well-formed XML at line' },
    (kit) => withXml(kit, (xml) => replaceOnce(xml, EVIDENCE, 'Solid & thin</w:t></w:r></w:sdtContent>')),
  ),
  docx(
    'document-xml-empty',
    'reject',
    'An empty word/document.xml',
    { message: 'not well-formed XML at line 1, col 1' },
    (kit) => withXml(kit, () => ''),
  ),
  docx(
    'document-xml-binary',
    'reject',
    '4 KiB of binary in word/document.xml',
    { message: 'not valid UTF-8' },
    (kit) => withXml(kit, () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256))),
  ),
  docx(
    'undeclared-prefix',
    'reject',
    'The `xmlns:w` declaration removed',
    { message: 'unbound namespace prefix' },
    (kit) => withXml(kit, (xml) => replaceOnce(xml, ` xmlns:w="${W}"`, '')),
  ),
  docx(
    'control-char-ref',
    'reject',
    'Character references `&#x1B;` and `&#0;` (illegal in XML 1.0) in the evidence',
    { message: 'not well-formed XML at line' },
    (kit) => withXml(kit, (xml) => replaceOnce(xml, EVIDENCE, 'Solid&#x1B;[2J &#0;')),
  ),
  docx(
    'document-utf16',
    'accept',
    'word/document.xml in UTF-16LE with a BOM (legal XML)',
    { answers: EXPECTED_ANSWERS },
    (kit) =>
      withXml(kit, (xml) =>
        Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le'),
        ]),
      ),
  ),
  docx(
    'xml-declared-latin1',
    'reject',
    'An XML declaration naming ISO-8859-1',
    { message: 'encoding' },
    (kit) => withXml(kit, (xml) => replaceOnce(xml, 'encoding="UTF-8"', 'encoding="ISO-8859-1"')),
  ),
  docx(
    'nested-sdt-1000',
    'accept',
    'The evidence control inside 1,000 nested container controls `level-0`…`level-999`',
    { answers: EXPECTED_ANSWERS },
    (kit) => withXml(kit, (xml) => nested(xml, 1000)),
  ),
  docx(
    'nested-sdt-100000',
    'refuse',
    'The evidence control inside 100,000 nested container controls (XML depth 200,000)',
    { message: 'deeper than 10000 elements' },
    (kit) => withXml(kit, (xml) => nested(xml, 100_000)),
  ),
  docx('controls-100001', 'refuse', '100,001 extra content controls', { message: 'refused' }, (kit) =>
    withXml(kit, (xml) =>
      replaceOnce(
        xml,
        '<w:body>',
        `<w:body><w:p>${'<w:sdt><w:sdtPr><w:tag w:val="x"/></w:sdtPr><w:sdtContent><w:r><w:t>a</w:t></w:r></w:sdtContent></w:sdt>'.repeat(100_001)}</w:p>`,
      ),
    ),
  ),
  docx(
    'too-many-entries',
    'refuse',
    '10,001 zip entries: a central-directory flood',
    { message: 'more than the limit of 10000' },
    (kit) =>
      withItems(kit, (items) => [
        ...items,
        ...Array.from({ length: 10_001 - items.length }, (_, i) => ({
          name: `word/media/x${i}.bin`,
          data: new Uint8Array(),
          method: 0,
        })),
      ]),
  ),
  docx(
    'duplicate-zip-entry',
    'reject',
    'Two word/document.xml entries (Alice, then Mallory)',
    { message: 'ambiguous archive: duplicate zip entry' },
    (kit) =>
      withItems(kit, (items) => {
        const main = items.find((i) => i.name === 'word/document.xml')!;
        return [
          ...items,
          {
            ...main,
            data: Buffer.from(Buffer.from(main.data!).toString('utf8').replace('Alice Example', 'Mallory')),
          },
        ];
      }),
  ),
  docx(
    'duplicate-zip-entry-case',
    'reject',
    'word/document.xml and WORD/DOCUMENT.XML',
    { message: 'ambiguous archive: duplicate zip entry' },
    (kit) =>
      withItems(kit, (items) => [
        ...items,
        { ...items.find((i) => i.name === 'word/document.xml')!, name: 'WORD/DOCUMENT.XML' },
      ]),
  ),
  docx(
    'duplicate-sdt-tags',
    'reject',
    'The evidence control of capacity-building.1 twice (first and last must not win)',
    { message: 'ambiguous field "capacity-building.1.evidence"' },
    (kit) =>
      withXml(kit, (xml) => {
        const evidence = control(xml, 'capacity-building.1.evidence');
        return xml.replace(evidence, `${evidence}${evidence.replace(EVIDENCE, 'Mallory')}`);
      }),
  ),
  docx(
    'sdt-split-runs-placeholder',
    'accept',
    'The respondent split over runs with w:proofErr, bold and w:tab; the school still showing its placeholder',
    { answers: { 'respondent.name': 'Alice\t Example', 'context.school': null } },
    (kit) =>
      withXml(kit, (xml) =>
        replaceOnce(
          xml,
          '<w:t xml:space="preserve">Alice Example</w:t>',
          '<w:t>Ali</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:b/></w:rPr><w:t>ce</w:t><w:tab/></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t xml:space="preserve"> Example</w:t>',
        ),
      ),
  ),
  docx(
    'sdt-unicode',
    'accept',
    'A respondent in CJK, Arabic and emoji with an RTL override; evidence with ZWSP, BOM and U+2028',
    {
      answers: {
        'respondent.name': 'Zoë 中文 مرحبا 😀 \u202eevil',
        'items.capacity-building.1.evidence': 'a\u200bb\ufeffc\u2028d',
      },
    },
    (kit) =>
      withXml(kit, (xml) =>
        replaceOnce(
          xml.replace('Alice Example', 'Zoë 中文 مرحبا 😀 \u202eevil'),
          EVIDENCE,
          'a\u200bb\ufeffc\u2028d',
        ),
      ),
  ),
  docx(
    'zip-encrypted-entry',
    'reject',
    'word/document.xml with the PKWARE encryption flag',
    { message: 'encrypted zip entry' },
    (kit) =>
      withItems(kit, (items) => items.map((i) => (i.name === 'word/document.xml' ? { ...i, flags: 1 } : i))),
  ),
  docx(
    'zip-bzip2-entry',
    'reject',
    'word/document.xml with compression method 12 (bzip2)',
    { message: 'unsupported compression method 12 (bzip2)' },
    (kit) =>
      withItems(kit, (items) =>
        items.map((i) =>
          i.name === 'word/document.xml' ? { ...i, method: 12, compressed: Buffer.from('BZh91AY&SY') } : i,
        ),
      ),
  ),
  docx('zip-bad-crc', 'reject', 'Every CRC-32 wrong', { message: 'CRC mismatch' }, (kit) =>
    withItems(kit, (items) => items.map((i) => ({ ...i, crc: 0x12345678 }))),
  ),
  docx(
    'zip64',
    'reject',
    'An end record with ZIP64 markers (0xFFFF entries)',
    { message: 'ZIP64' },
    (kit) => {
      const zip = withItems(kit, (items) => items);
      zip.writeUInt16LE(0xffff, zip.length - 22 + 10);
      return zip;
    },
  ),
  docx(
    'other-rubric',
    'reject',
    'Custom properties naming another rubric id than the field manifest (an altered file)',
    {
      message: 'its rubricate.rubric-id ("2020-assessment") and its field manifest ("corpus-mini") disagree',
    },
    (kit) =>
      withItems(kit, (items) =>
        items.map((i) =>
          i.name === 'docProps/custom.xml'
            ? {
                ...i,
                data: Buffer.from(
                  Buffer.from(i.data!).toString('utf8').replace('>corpus-mini<', '>2020-assessment<'),
                ),
              }
            : i,
        ),
      ),
  ),
  docx(
    'untagged-by-position',
    'accept',
    'Every w:tag and w:alias dropped, as LibreOffice re-saves: read by position',
    { answers: EXPECTED_ANSWERS },
    (kit) => withXml(kit, (xml) => xml.replace(/<w:tag [^>]*\/>/g, '').replace(/<w:alias [^>]*\/>/g, '')),
  ),
];
