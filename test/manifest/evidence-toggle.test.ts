import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fillDocx } from '../extract/helpers.js';
import { runCli } from '../helpers/cli.js';
import { docxFields } from '../roundtrip/docx-tools.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-evidence-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('--set evidence=no: the shipped self-assessment without its evidence column', () => {
  it('has no evidence fields, and reads back with the evidence unanswered', () => {
    const blank = join(DIR, 'no-evidence.docx');
    const rendered = runCli(['render', '2025', '--set', 'evidence=no', '-o', blank]);
    expect(rendered.code, rendered.stderr).toBe(0);
    const bytes = readFileSync(blank);
    const names = docxFields(bytes).map((f) => f.name);
    expect(names.filter((n) => n.endsWith('.evidence'))).toEqual([]);
    expect(names.filter((n) => n.endsWith('.rating'))).toHaveLength(45);
    const filled = join(DIR, 'filled.docx');
    writeFileSync(filled, fillDocx(bytes, { tick: ['capacity-building.2.rating=ok-for-now'] }));
    const out = join(DIR, 'out.yaml');
    const extracted = runCli(['extract', filled, '-o', out]);
    expect(extracted.code, extracted.stderr).toBe(0);
    expect(extracted.stderr).toContain('the worksheet has no field for 45 fields of the rubric');
    const responses = parse(readFileSync(out, 'utf8'));
    expect(responses.items['capacity-building.2']).toEqual({ rating: 'ok-for-now', evidence: null });
  });
});
