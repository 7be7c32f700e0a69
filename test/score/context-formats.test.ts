import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { itWithPrograms, run } from '../helpers/external.js';
import { folderWith } from './responses-fixtures.js';

const DISTRICT = 'Peñasco Independent School District';

function team(): string {
  return folderWith({
    'a.yaml': {
      name: 'Ana',
      district: DISTRICT,
      school: 'Mesa Vista Elementary',
      team: 'Attendance Team',
      date: '2026-02-02',
      all: 'ok-for-now',
    },
    'b.yaml': {
      name: 'Bo',
      district: DISTRICT,
      school: 'Mesa Vista Elementary',
      team: 'Attendance Team',
      date: 'February 9, 2026',
      all: 'could-be-better',
    },
  });
}

function score(args: string[]): string {
  const result = runCli(['score', ...args]);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8')));
}

describe('every report says who it is about', () => {
  it('text, Markdown and HTML name the district, school, team and dates', () => {
    const dir = team();
    for (const format of ['text', 'md', 'html']) {
      const out = score([dir, '--format', format]);
      expect(out, format).toContain(DISTRICT);
      expect(out, format).toContain('Mesa Vista Elementary');
      expect(out, format).toContain('Attendance Team');
      // "February 9, 2026" is read as 2026-02-09 by the one date reader.
      expect(out, format).toContain('2026-02-02 to 2026-02-09');
    }
  });

  it('JSON has the context as fields and validates against the schema; CSV has a column per field', () => {
    const dir = team();
    const validate = validator();
    const report = JSON.parse(score([dir, '--format', 'json']));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.context).toEqual({
      districts: [DISTRICT],
      schools: ['Mesa Vista Elementary'],
      teams: ['Attendance Team'],
      dates: { first: '2026-02-02', last: '2026-02-09' },
    });
    expect(report.respondents[1]).toMatchObject({ district: DISTRICT, date: '2026-02-09', rater: true });
    const rows = parse(score([dir, '--format', 'csv']), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2 * 45);
    expect(rows[0]).toMatchObject({
      district: DISTRICT,
      school: 'Mesa Vista Elementary',
      team: 'Attendance Team',
      date: '2026-02-02',
    });
  });

  it('the wide CSV has one row per respondent and one column per item, UTF-8 with a BOM', () => {
    const dir = folderWith({
      'a.yaml': {
        name: 'Zoë Ñúñez',
        district: DISTRICT,
        all: 'ok-for-now',
        ratings: { 'capacity-building.2': 'dont-know' },
      },
      'b.yaml': {
        name: 'Bo',
        district: DISTRICT,
        all: 'strength',
        ratings: { 'shared-accountability.7': null },
      },
    });
    const text = score([dir, '--format', 'csv-wide']);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0]!)).toHaveLength(10 + 45 + 2);
    expect(rows[0]).toMatchObject({
      name: 'Zoë Ñúñez',
      district: DISTRICT,
      'capacity-building.1': '3',
      'capacity-building.2': "Don't know",
      mean: '3',
      completion: '1',
    });
    // Bo: 44 × 4, one left blank: completion 44/45 = 0.978.
    expect(rows[1]).toMatchObject({ 'shared-accountability.7': '', mean: '4', completion: '0.978' });
  });

  it('grouped and baseline JSON validate against the schema', () => {
    const validate = validator();
    const dir = folderWith({
      'n/a.yaml': {
        name: 'A',
        district: 'North',
        all: 'strength',
        ratings: { 'capacity-building.1': 'dont-know' },
      },
      's/b.yaml': { name: 'B', district: 'South', all: 'urgent-gap' },
    });
    for (const args of [
      [`${dir}/**/*.yaml`, '--group-by', 'district'],
      [`${dir}/**/*.yaml`, '--group-by', 'team', '--allow-mixed'],
      [join(dir, 'n'), '--baseline', join(dir, 'n')],
    ]) {
      const report = JSON.parse(score([...args, '--format', 'json']));
      expect(validate(report), `${args.join(' ')}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  itWithPrograms('pdftotext')('PDF and DOCX name the district', () => {
    const dir = team();
    const out = folderWith({});
    const pdf = join(out, 'report.pdf');
    score([dir, '-o', pdf]);
    expect(run('pdftotext', [pdf, '-']).replace(/\s+/g, ' ')).toContain(DISTRICT);
    const docx = join(out, 'report.docx');
    score([dir, '-o', docx]);
    const xml = new TextDecoder().decode(unzipSync(readFileSync(docx))['word/document.xml']!);
    expect(xml).toContain(DISTRICT);
  });
});
