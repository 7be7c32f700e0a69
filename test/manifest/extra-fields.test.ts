import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fillDocx } from '../extract/helpers.js';
import { ROOT, runCli } from '../helpers/cli.js';

const DIR = mkdtempSync(join(tmpdir(), 'rubricate-extra-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const SHIPPED = readFileSync(join(ROOT, 'templates', 'self-assessment.hbs'), 'utf8');
const ROLE_ROW = /(<tr><td><b>Your name<\/b><\/td>.*?<\/tr>)/;

describe('fields a template adds beyond context are kept under extra', () => {
  it('extra.<key>, an item comment and a checkbox round-trip through extract and score', () => {
    expect(ROLE_ROW.test(SHIPPED)).toBe(true);
    // A signature and an "agreed" checkbox under the respondent row; a comment column after the evidence.
    const template = SHIPPED.replace(
      ROLE_ROW,
      '$1\n    <tr><td><b>Signature</b></td><td><text name="extra.signature" label="Signature"/></td><td><b>Agreed</b></td><td><checkbox name="extra.agreed" label="Agreed"/></td></tr>',
    )
      .replace(
        /(<td><text name="\{\{id\}\}\.evidence"[^>]*\/><\/td>)/,
        '$1<td><text name="{{id}}.comment" label="Comment"/></td>',
      )
      .replace('{{@root.ratingColumns}}', '{{@root.ratingColumns}} 10')
      .replace(
        '<td shade="true"><b>{{@root.rubric.evidencePrompt}}</b></td>',
        '<td shade="true"><b>{{@root.rubric.evidencePrompt}}</b></td><td shade="true"><b>Comment</b></td>',
      );
    const path = join(DIR, 'extra.hbs');
    writeFileSync(path, template);
    const blank = join(DIR, 'extra.docx');
    const rendered = runCli(['render', '2025', '--kind', 'self-assessment', '--template', path, '-o', blank]);
    expect(rendered.code, rendered.stderr).toBe(0);
    const filled = join(DIR, 'extra-filled.docx');
    writeFileSync(
      filled,
      fillDocx(readFileSync(blank), {
        tick: ['capacity-building.1.rating=strength', 'extra.agreed'],
        text: { 'extra.signature': 'Zoë Ñandú', 'capacity-building.1.comment': 'Ask the cabinet' },
      }),
    );
    const out = join(DIR, 'extra.yaml');
    const extracted = runCli(['extract', filled, '-o', out]);
    expect(extracted.code, extracted.stderr).toBe(0);
    expect(extracted.stderr).toContain(
      `note: ${filled}: kept 47 fields the worksheet's template added: extra.signature (under extra), extra.agreed (under extra), capacity-building.1.comment (under extra), capacity-building.2.comment (under extra), capacity-building.3.comment (under extra) and 42 more\n`,
    );
    const responses = parse(readFileSync(out, 'utf8'));
    expect(responses.extra['extra.signature']).toBe('Zoë Ñandú');
    expect(responses.extra['extra.agreed']).toBe(true);
    expect(responses.extra['capacity-building.1.comment']).toBe('Ask the cabinet');
    expect(responses.extra['capacity-building.2.comment']).toBeNull();
    expect(responses.items['capacity-building.1']).toEqual({ rating: 'strength', evidence: null });
    const scored = runCli(['score', out, '--format', 'json']);
    expect(scored.code, scored.stderr).toBe(0);
    expect(JSON.parse(scored.stdout).overall.scored).toBe(1);
  });
});
