// Inputs the benchmark generates once into bench/.work/: batch CSVs, response files, filled PDFs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const WORK = new URL('./.work/', import.meta.url).pathname;
const ROOT = new URL('../', import.meta.url).pathname;

const NAMES = [
  'Peñasco ISD',
  'Nguyễn Thị Hương Unified',
  'Smith, Jones & Co',
  'Springfield',
  'Ōkuma "North"',
  'Las Cruces',
];

/** A CSV of `rows` personalised districts. */
export function batchCsv(rows) {
  const file = join(WORK, `batch-${rows}.csv`);
  if (existsSync(file)) return file;
  mkdirSync(WORK, { recursive: true });
  const lines = ['district,school,team,date,facilitator'];
  for (let i = 1; i <= rows; i++)
    lines.push(
      `"${NAMES[i % NAMES.length].replace(/"/g, '""')} ${i}",School ${i},Team ${i % 7},2026-03-${String((i % 28) + 1).padStart(2, '0')},Zoë`,
    );
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/**
 * A folder of responses files to the 2025 rubric with varied ratings: `count` respondents in one district,
 * or `districts` × `count` respondents (one district each). Every file names its district, since score
 * refuses to pool districts unless --group-by or --allow-mixed.
 */
export function responsesFolder(count, districts = 1) {
  const dir = join(WORK, districts === 1 ? `responses-${count}-d1` : `responses-${districts}x${count}`);
  if (existsSync(join(dir, 'done'))) return dir;
  mkdirSync(dir, { recursive: true });
  const rubric = parse(readFileSync(join(ROOT, 'rubrics', '2025-large-chart.yaml'), 'utf8'));
  const keys = rubric.scale.levels.map((l) => l.key);
  for (let d = 0; d < districts; d++) {
    const district = districts === 1 ? 'Bench Unified' : `${NAMES[d % NAMES.length]} ${d + 1}`;
    for (let r = 0; r < count; r++) {
      const lines = [
        'rubric: 2025-large-chart',
        `edition: "${rubric.edition.label}"`,
        'kind: self-assessment',
        'respondent:',
        `  name: "Member ${r}"`,
        'context:',
        `  district: ${JSON.stringify(district)}`,
        `  team: "Team ${r % 7}"`,
        'items:',
      ];
      let n = d * count + r;
      for (const section of rubric.sections) {
        for (const item of section.items) {
          n = (n * 1103515245 + 12345) % 2147483648;
          lines.push(
            `  ${item.id}:`,
            `    rating: ${keys[n % keys.length]}`,
            `    evidence: "Notes ${n % 97}"`,
          );
        }
      }
      const name =
        districts === 1
          ? `member-${String(r).padStart(5, '0')}`
          : `d${String(d).padStart(3, '0')}-m${String(r).padStart(2, '0')}`;
      writeFileSync(join(dir, `${name}.yaml`), `${lines.join('\n')}\n`);
    }
  }
  writeFileSync(join(dir, 'done'), '');
  return dir;
}

/** `count` filled copies of the 2025 self-assessment PDF (values set with pdf-lib). */
export async function filledPdfs(count) {
  const dir = join(WORK, `filled-${count}`);
  if (existsSync(join(dir, 'done'))) return dir;
  mkdirSync(dir, { recursive: true });
  const blank = join(WORK, 'blank-2025.pdf');
  execFileSync(process.execPath, [
    join(ROOT, 'bin', 'rubricate.js'),
    'render',
    '2025',
    '--kind',
    'self-assessment',
    '-o',
    blank,
    '--force',
  ]);
  const { PDFDocument } = await import('pdf-lib');
  const doc = await PDFDocument.load(readFileSync(blank));
  const form = doc.getForm();
  for (const field of form.getFields()) {
    if (field.constructor.name === 'PDFRadioGroup') field.select(field.getOptions()[1]);
    else if (field.constructor.name === 'PDFTextField' && field.getName().endsWith('.evidence'))
      field.setText('Seen in the attendance dashboard');
  }
  const bytes = await doc.save({ updateFieldAppearances: false });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `filled-${String(i).padStart(4, '0')}.pdf`), bytes);
  writeFileSync(join(dir, 'done'), '');
  return dir;
}

/** A synthetic rubric of `items` items (bench/synthetic-rubric.mjs), or null when the generator is missing. */
export function syntheticRubric(items, seed, next = false) {
  const file = join(WORK, `synthetic-${items}-${seed}${next ? '-next' : ''}.yaml`);
  if (existsSync(file)) return file;
  const generator = join(ROOT, 'bench', 'synthetic-rubric.mjs');
  if (!existsSync(generator)) return null;
  mkdirSync(WORK, { recursive: true });
  writeFileSync(
    file,
    execFileSync(process.execPath, [generator, String(items), String(seed), ...(next ? ['--next'] : [])], {
      maxBuffer: 1 << 28,
    }),
  );
  return file;
}

/**
 * Copies of the shipped rubrics with a comment appended: the same content in other bytes, so they miss the
 * build-time record (src/rubric/compiled-rubrics.ts) and take the full parse-validate-check path.
 */
export function editedRubrics() {
  const dir = join(WORK, 'edited-rubrics');
  mkdirSync(dir, { recursive: true });
  return ['2020-assessment', '2021-planning', '2025-large-chart'].map((id) => {
    const file = join(dir, `${id}.yaml`);
    const text = readFileSync(join(ROOT, 'rubrics', `${id}.yaml`), 'utf8');
    writeFileSync(file, `${text}\n# edited copy for the benchmark\n`);
    return file;
  });
}
