import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-render-same-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const ARGS = [
  '--set',
  'district=Nguyễn Thị Hương',
  '--set',
  'school=Peñasco ISD',
  '--set',
  'date=2026-03-01',
];

/** Renders in a fresh `rubricate` process and returns the SHA-256 of the file written. */
function render(rubric: string, kind: string, out: string, env: Record<string, string> = {}): string {
  const result = runCli(['render', rubric, '--kind', kind, ...ARGS, '-o', join(DIR, out)], { env });
  expect(result.code, result.stderr).toBe(0);
  return createHash('sha256')
    .update(readFileSync(join(DIR, out)))
    .digest('hex');
}

describe('render: identical runs give identical bytes', () => {
  for (const [rubric, kind] of [
    ['2021', 'action-plan'],
    ['2025', 'self-assessment'],
    ['2025', 'large-chart'],
  ] as const) {
    for (const format of ['pdf', 'docx']) {
      it(`${rubric} ${kind} ${format}: two processes, in different time zones`, () => {
        const a = render(rubric, kind, `${rubric}-${kind}-a.${format}`, { TZ: 'UTC' });
        const b = render(rubric, kind, `${rubric}-${kind}-b.${format}`, { TZ: 'Pacific/Auckland' });
        expect(b).toBe(a);
      });
    }
  }

  it('with SOURCE_DATE_EPOCH: the same bytes again, dated from it', async () => {
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    for (const format of ['pdf', 'docx']) {
      const a = render('2021', 'action-plan', `epoch-a.${format}`, env);
      const b = render('2021', 'action-plan', `epoch-b.${format}`, { ...env, TZ: 'America/Denver' });
      expect(b).toBe(a);
      expect(render('2021', 'action-plan', `plain.${format}`)).not.toBe(a);
    }
    const pdf = await PDFDocument.load(readFileSync(join(DIR, 'epoch-a.pdf')), { updateMetadata: false });
    expect(pdf.getCreationDate()?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });
});
