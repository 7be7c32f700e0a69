import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { fillDocx } from '../extract/helpers.js';
import { ROOT, runCli } from '../helpers/cli.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-revision-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

type Rubric = { sections: { items: { id: string; text: string }[] }[] };
const SHIPPED = readFileSync(join(ROOT, 'rubrics', '2025-large-chart.yaml'), 'utf8');

/** A copy of the shipped rubric, changed as an editor would; same id and edition. */
function revision(name: string, change: (rubric: Rubric) => void): string {
  const rubric = parse(SHIPPED) as Rubric;
  change(rubric);
  const path = join(DIR, `${name}.yaml`);
  writeFileSync(path, stringify(rubric));
  expect(runCli(['validate', path]).code).toBe(0);
  return path;
}

const item = (rubric: Rubric, id: string) =>
  rubric.sections.flatMap((s) => s.items).find((i) => i.id === id)!;

let filled: string;
let unanswered8: string;
let corrected: string;
let deleted: string;

beforeAll(() => {
  const blank = join(DIR, 'blank.docx');
  expect(runCli(['render', '2025', '--kind', 'self-assessment', '-o', blank]).code).toBe(0);
  const bytes = readFileSync(blank);
  const answers = {
    tick: ['capacity-building.4.rating=strength', 'capacity-building.8.rating=urgent-gap'],
    text: { 'capacity-building.4.evidence': 'Written guidance, 2025' },
  };
  filled = join(DIR, 'filled.docx');
  writeFileSync(filled, fillDocx(bytes, answers));
  unanswered8 = join(DIR, 'unanswered8.docx');
  writeFileSync(unanswered8, fillDocx(bytes, { tick: ['capacity-building.4.rating=strength'] }));
  corrected = revision('corrected', (rubric) => {
    const four = item(rubric, 'capacity-building.4');
    four.text = four.text.replace('clear attendance guidance', 'clear, written attendance guidance');
  });
  deleted = revision('deleted', (rubric) => {
    const section = rubric.sections[0]!;
    section.items = section.items.filter((i) => i.id !== 'capacity-building.8');
  });
});

describe('a worksheet read with another revision of its rubric', () => {
  it('reads it when one item was reworded, warning with that item', () => {
    const out = join(DIR, 'corrected.responses.yaml');
    const result = runCli(['extract', filled, '--rubric', corrected, '-o', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      `warning: ${filled}: made from another revision of 2025-large-chart (edition 4/10/25); answers were matched by item id\n`,
    );
    expect(result.stderr).toContain(
      `warning: ${filled}: the wording of item capacity-building.4 changed since the worksheet was made; check that its answer still fits\n`,
    );
    expect(result.stderr.match(/the wording of/g)).toHaveLength(1);
    const responses = parse(readFileSync(out, 'utf8'));
    expect(responses.items['capacity-building.4']).toEqual({
      rating: 'strength',
      evidence: 'Written guidance, 2025',
    });
    expect(responses.items['capacity-building.8']).toEqual({ rating: 'urgent-gap', evidence: null });
    // The responses answer the rubric they were read with, so score takes them with it.
    const scored = runCli(['score', out, '--rubric', corrected, '--format', 'json']);
    expect(scored.code, scored.stderr).toBe(0);
    // Scoring the filled worksheet itself gives the same warnings as extract, on standard error only.
    const direct = runCli(['score', filled, '--rubric', corrected, '--format', 'json']);
    expect(direct.code, direct.stderr).toBe(0);
    expect(direct.stderr).toContain(
      `warning: ${filled}: the wording of item capacity-building.4 changed since the worksheet was made; check that its answer still fits\n`,
    );
    expect(JSON.parse(direct.stdout).respondents).toHaveLength(1);
  });

  it('refuses it, naming the item and the way out, when an answered item was deleted (exit 2)', () => {
    const result = runCli(['extract', filled, '--rubric', deleted, '-o', join(DIR, 'deleted.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${filled}: answers an item that 2025-large-chart edition "4/10/25" no longer has: capacity-building.8; read it with the rubric it was made from (--rubric OLD.yaml) or map the items with a crosswalk`,
    );
  });

  it('reads it when the deleted item was not answered, saying it was left out', () => {
    const out = join(DIR, 'unanswered8.responses.yaml');
    const result = runCli(['extract', unanswered8, '--rubric', deleted, '-o', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      `warning: ${unanswered8}: unanswered items no longer in the rubric were left out: capacity-building.8\n`,
    );
    expect(parse(readFileSync(out, 'utf8')).items['capacity-building.8']).toBeUndefined();
  });

  it('still refuses a worksheet without a manifest (made before manifests) when the rubric changed', () => {
    const entries = unzipSync(readFileSync(filled));
    for (const name of Object.keys(entries)) if (name.startsWith('customXml/')) delete entries[name];
    expect(strFromU8(entries['word/document.xml']!)).toContain('capacity-building.4.rating');
    const old = join(DIR, 'old.docx');
    writeFileSync(old, zipSync(entries));
    const result = runCli(['extract', old, '--rubric', corrected]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /old\.docx: made from a different version of 2025-large-chart \(content hash/,
    );
  });
});
