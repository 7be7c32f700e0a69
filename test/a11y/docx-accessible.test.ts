import { describe, expect, it } from 'vitest';
import { buildDocument, offeredKinds } from '../../src/document/build-document.js';
import { reportDocument } from '../../src/report/report-document.js';
import { shippedRubrics } from '../../src/rubric/registry.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { shippedRubric, teamReport } from '../report/example-reports.js';
import { child, docxParts, findAll, parseXml } from '../writers/docx-xml.js';

/** What a screen reader and Word's accessibility checker read of a DOCX: title, language, tables, controls. */
async function checkDocx(name: string, bytes: Uint8Array, withControls: boolean): Promise<void> {
  const parts = docxParts(bytes);
  const core = parseXml(parts['docProps/core.xml']!);
  expect(findAll(core, 'dc:title')[0]?.text, name).toBeTruthy();
  expect(findAll(core, 'dc:language')[0]?.text, name).toBe('en-US');
  const styles = parseXml(parts['word/styles.xml']!);
  expect(findAll(styles, 'w:lang')[0]?.attributes['w:val'], name).toBe('en-US');
  const document = parseXml(parts['word/document.xml']!);
  const tables = findAll(document, 'w:tbl');
  expect(tables.length, name).toBeGreaterThan(0);
  // Every table with a header row marks it (repeated on each page, read as headers by assistive technology).
  const headed = tables.filter((table) => findAll(table, 'w:tblHeader').length > 0);
  expect(headed.length, name).toBeGreaterThan(0);
  for (const table of headed) {
    const first = child(table, 'w:tr')!;
    expect(findAll(first, 'w:tblHeader').length, `${name}: the header row comes first`).toBe(1);
  }
  const controls = findAll(document, 'w:sdtPr');
  if (withControls) expect(controls.length, name).toBeGreaterThan(0);
  for (const pr of controls) {
    const alias = child(pr, 'w:alias')?.attributes['w:val'] ?? '';
    expect(alias.trim(), name).not.toBe('');
    if (child(pr, 'w14:checkbox') && /=/.test(child(pr, 'w:tag')?.attributes['w:val'] ?? ''))
      expect(alias, `${name}: a radio option's title names its item and level`).toMatch(/item \d+: \S/);
  }
  // Any picture carries a description (alt text).
  for (const picture of findAll(document, 'wp:docPr'))
    expect(picture.attributes.descr?.trim(), name).toBeTruthy();
}

describe('accessible DOCX for every rubric × kind and the report', () => {
  it('sets title and language, marks header rows, and titles every content control', async () => {
    let checked = 0;
    for (const id of shippedRubrics().keys()) {
      const rubric = await shippedRubric(id);
      for (const kind of offeredKinds(rubric)) {
        const bytes = await writeDocx(buildDocument(rubric, { kind }), {});
        await checkDocx(`${id} ${kind}`, bytes, kind !== 'large-chart');
        checked++;
      }
    }
    await checkDocx('team report', await writeDocx(reportDocument(await teamReport()), {}), false);
    expect(checked).toBeGreaterThanOrEqual(5);
  }, 60_000);
});
