import type { Block, DocSection, DocumentModel, PageSetup, TableRow } from '../../src/document/model.js';

/** The five rating levels of the 2025 rubric, as export values and printed labels. */
export const LEVELS: [string, string][] = [
  ['strength', 'Strength'],
  ['ok-for-now', 'OK for now'],
  ['needs-improvement', 'Needs improvement'],
  ['urgent', 'Urgent'],
  ['not-applicable', 'N/A'],
];

const letter: PageSetup = {
  size: 'letter',
  landscape: false,
  margins: { top: 54, right: 40, bottom: 54, left: 40 },
  fontSize: 9,
};

/** A self-assessment table like the 2025 form: per item one row of five radios, one row for evidence. */
export function ratingTable(items: number): Block {
  const rows: TableRow[] = [];
  for (let i = 1; i <= items; i++) {
    const name = `capacity-building.${i}`;
    rows.push({
      cells: [
        {
          runs: [
            { text: `${i}. `, bold: true },
            { text: `The district builds capacity in area ${i} with families.` },
          ],
        },
        ...LEVELS.map(([value, label]) => ({
          field: {
            kind: 'choice' as const,
            name: `${name}.rating`,
            value,
            label,
            groupLabel: `Rating for item ${i}`,
            selected: i === 2 && value === 'urgent',
          },
        })),
      ],
    });
    rows.push({
      cells: [
        {
          span: 6,
          field: {
            kind: 'text' as const,
            name: `${name}.evidence`,
            label: `How do you know? (item ${i})`,
            multiline: true,
            lines: 2,
          },
        },
      ],
    });
  }
  const header: TableRow = {
    cells: [
      { runs: [{ text: 'Item', bold: true }], shade: true },
      ...LEVELS.map(([, label]) => ({
        runs: [{ text: label, bold: true }],
        shade: true,
        align: 'center' as const,
        scale: 0.85,
      })),
    ],
  };
  return { type: 'table', columns: [5, 1, 1, 1, 1, 1], header: [header], rows };
}

/** A table of `count` rows under the header "Long table header", to test repetition over pages. */
export function longTable(count: number): Block {
  const rows: TableRow[] = [];
  for (let i = 1; i <= count; i++)
    rows.push({ cells: [{ runs: [{ text: `Row ${i}` }] }, { runs: [{ text: `Value ${i * 7}` }] }] });
  return {
    type: 'table',
    columns: [1, 2],
    header: [
      {
        cells: [
          { runs: [{ text: 'Long table header', bold: true }], shade: true },
          { runs: [{ text: 'Second column' }], shade: true },
        ],
      },
    ],
    rows,
  };
}

/** A hand-built model exercising every block type, three page setups, accents and Vietnamese. */
export function fixtureModel(items = 45): DocumentModel {
  const first: DocSection = {
    page: letter,
    header: { left: 'Self-assessment — Peñasco ISD', right: 'Page {page} of {pages}' },
    footer: { center: 'Nguyễn Thị Hương · edition 4/10/25' },
    blocks: [
      { type: 'heading', level: 1, runs: [{ text: 'Family engagement self-assessment' }] },
      {
        type: 'paragraph',
        runs: [
          { text: 'District: ' },
          { text: 'Peñasco ISD', bold: true },
          { text: '. Facilitator: ' },
          { text: 'Nguyễn Thị Hương', italic: true },
          {
            text: '. A very long word: Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstaltsdirektorinnenvereinigung.',
          },
        ],
      },
      {
        type: 'list',
        ordered: true,
        items: [[{ text: 'Read each item.' }], [{ text: 'Rate it.', bold: true }]],
      },
      {
        type: 'field',
        label: [{ text: 'District', bold: true }],
        field: {
          kind: 'text',
          name: 'context.district',
          label: 'District',
          multiline: false,
          value: 'Peñasco ISD',
        },
      },
      {
        type: 'field',
        label: [{ text: 'Date' }],
        field: { kind: 'date', name: 'context.date', label: 'Date' },
      },
      {
        type: 'field',
        label: [{ text: 'Reviewed by the team' }],
        field: { kind: 'checkbox', name: 'respondent.reviewed', label: 'Reviewed' },
      },
      { type: 'heading', level: 2, runs: [{ text: 'Capacity building' }] },
      ratingTable(items),
      { type: 'spacer', height: 12 },
      {
        type: 'field',
        label: [{ text: 'Greatest strengths' }],
        field: {
          kind: 'text',
          name: 'reflection.greatest-strengths',
          label: 'Greatest strengths',
          multiline: true,
          lines: 5,
        },
      },
    ],
  };
  const second: DocSection = {
    page: { ...letter, size: 'a4', landscape: true },
    header: { center: 'Appendix {page}/{pages}' },
    blocks: [
      { type: 'heading', level: 2, runs: [{ text: 'Appendix' }] },
      longTable(150),
      { type: 'page-break' },
      { type: 'paragraph', runs: [{ text: 'After the break.' }] },
    ],
  };
  const chart: DocSection = {
    page: {
      size: '24x36',
      landscape: false,
      margins: { top: 144, right: 72, bottom: 144, left: 72 },
      fontSize: 60,
    },
    header: { center: 'Wall chart — Peñasco ISD' },
    footer: { right: '{page}' },
    blocks: [
      { type: 'heading', level: 1, runs: [{ text: 'Where are we?' }] },
      {
        type: 'table',
        columns: [3, 1, 1],
        header: [
          {
            cells: [
              { runs: [{ text: 'Ingredient' }], shade: true },
              { runs: [{ text: 'Strength' }], shade: true },
              { runs: [{ text: 'Urgent' }], shade: true },
            ],
          },
        ],
        rows: [1, 2, 3].map((i) => ({
          minHeight: 300,
          cells: [
            { runs: [{ text: `Ingredient ${i}: relationships with families` }] },
            { runs: [] },
            { runs: [] },
          ],
        })),
      },
    ],
  };
  return {
    meta: {
      title: 'Self-assessment — Peñasco ISD',
      subject: 'Family engagement',
      author: 'Nguyễn Thị Hương',
      rubricId: '2025-large-chart',
      edition: '4/10/25',
      rubricHash: 'a'.repeat(64),
      kind: 'self-assessment',
      created: new Date(0),
      language: 'en-US',
      values: { district: 'Peñasco ISD', facilitator: 'Nguyễn Thị Hương' },
    },
    sections: [first, second, chart],
  };
}
