import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { loadRubric } from '../../src/rubric/load-rubric.js';
import { acroformStandIn } from './acroform-stand-in.js';
import { itWith } from './helpers.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-pdf-rt-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** XFDF with nested <field> elements for dotted names, as Acrobat writes it. */
function xfdf(values: Record<string, string>): string {
  const tree: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const parts = name.split('.');
    let node = tree;
    for (const part of parts.slice(0, -1)) {
      node[part] = node[part] ?? {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]!] = value;
  }
  const escapeXml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const render = (node: Record<string, unknown>): string =>
    Object.entries(node)
      .map(([key, value]) =>
        typeof value === 'string'
          ? `<field name="${escapeXml(key)}"><value>${escapeXml(value)}</value></field>`
          : `<field name="${escapeXml(key)}">${render(value as Record<string, unknown>)}</field>`,
      )
      .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve"><fields>${render(tree)}</fields></xfdf>`;
}

describe('PDF round trip: AcroForm fields as docs/fields.md names them, filled by pdftk', () => {
  itWith('pdftk')('reads radio export values (stored as /Opt indices), accented text and dates', async () => {
    const rubric = (await loadRubric('rubrics/2025-large-chart.yaml')).loaded!.rubric;
    const blank = join(DIR, 'blank.pdf');
    writeFileSync(blank, await acroformStandIn(rubric, 'self-assessment'));
    const data = join(DIR, 'data.xfdf');
    writeFileSync(
      data,
      xfdf({
        'capacity-building.1.rating': 'strength',
        'capacity-building.1.evidence': 'Café minutes — “approved”\nsecond line',
        'capacity-building.2.rating': 'dont-know',
        'respondent.name': 'Zoë Ñandú',
        'context.date': '3/15/2026',
      }),
    );
    const filled = join(DIR, 'filled.pdf');
    const result = spawnSync('pdftk', [blank, 'fill_form', data, 'output', filled], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const { responses } = await extract(filled);
    expect(responses).toMatchObject({
      rubric: '2025-large-chart',
      kind: 'self-assessment',
      source: { method: 'pdf-fields' },
      respondent: { name: 'Zoë Ñandú', role: null },
      context: { date: '2026-03-15', school: null },
    });
    expect(responses.items['capacity-building.1']).toEqual({
      rating: 'strength',
      evidence: 'Café minutes — “approved”\nsecond line',
    });
    expect(responses.items['capacity-building.2']).toEqual({ rating: 'dont-know', evidence: null });
    expect(responses.items['capacity-building.3']).toEqual({ rating: null, evidence: null });
  });
});
