import type { DocumentModel } from '../../src/document/model.js';

/**
 * A hand-built model exercising every block and field kind the DOCX writer handles, with non-Latin text and
 * text that needs escaping.
 */
export function docxFixture(): DocumentModel {
  const rating = (item: number, value: string, label: string, selected = false) => ({
    field: {
      kind: 'choice' as const,
      name: `capacity-building.${item}.rating`,
      value,
      label,
      groupLabel: `Rating for item ${item}`,
      ...(selected ? { selected: true } : {}),
    },
    align: 'center' as const,
  });
  return {
    meta: {
      title: 'Fixture <Self-Assessment> & "Plan"',
      subject: 'Self-Assessment Worksheet',
      author: 'Attendance Works',
      rubricId: 'fixture-rubric',
      edition: '4/10/25',
      rubricHash: 'ab'.repeat(32),
      kind: 'self-assessment',
      created: new Date(Date.UTC(2001, 2, 4, 5, 6, 8)),
      language: 'en-US',
      values: { district: 'Peñasco ISD', school: 'A & B <"Q">' },
    },
    sections: [
      {
        page: {
          size: 'letter',
          landscape: false,
          margins: { top: 50, right: 36, bottom: 50, left: 36 },
          fontSize: 9,
        },
        header: { left: 'Peñasco ISD & <Partners>', right: 'Page {page} of {pages}' },
        footer: { center: 'Nguyễn Thị Hương' },
        blocks: [
          { type: 'heading', level: 1, runs: [{ text: 'District Team Self-Assessment' }] },
          { type: 'heading', level: 2, runs: [{ text: 'Capacity Building' }] },
          {
            type: 'paragraph',
            runs: [
              { text: 'Rate each item, ' },
              { text: 'then', bold: true },
              { text: ' note evidence.', italic: true },
            ],
          },
          {
            type: 'list',
            ordered: true,
            items: [[{ text: 'First numbered step' }], [{ text: 'Second numbered step' }]],
          },
          {
            type: 'list',
            ordered: false,
            items: [[{ text: 'Strength', bold: true }, { text: ': working well' }]],
          },
          {
            type: 'table',
            columns: [3, 30, 7, 7, 7, 26],
            header: [
              {
                cells: [
                  { runs: [{ text: '#', bold: true }], shade: true },
                  { runs: [{ text: 'Item', bold: true }], shade: true },
                  { runs: [{ text: 'Strength', bold: true }], shade: true, scale: 0.8, align: 'center' },
                  { runs: [{ text: 'OK for now', bold: true }], shade: true, scale: 0.8, align: 'center' },
                  { runs: [{ text: "Don't know", bold: true }], shade: true, scale: 0.8, align: 'center' },
                  { runs: [{ text: 'How do you know?', bold: true }], shade: true },
                ],
              },
            ],
            rows: [
              {
                cells: [
                  { runs: [{ text: '1' }] },
                  { runs: [{ text: 'Our district has a cabinet-level team for Peñasco ISD.' }] },
                  rating(1, 'strength', 'Strength'),
                  rating(1, 'ok-for-now', 'OK for now', true),
                  rating(1, 'dont-know', "Don't know"),
                  {
                    field: {
                      kind: 'text',
                      name: 'capacity-building.1.evidence',
                      label: 'How do you know? (item 1)',
                      multiline: true,
                      lines: 4,
                      value: 'Minutes of 3/1 & 4/2 <board>\nSecond line "quoted"',
                    },
                  },
                ],
              },
              {
                minHeight: 60,
                cells: [
                  { runs: [{ text: '2' }] },
                  { runs: [{ text: 'Team members include Nguyễn Thị Hương.' }] },
                  rating(2, 'strength', 'Strength'),
                  rating(2, 'ok-for-now', 'OK for now'),
                  rating(2, 'dont-know', "Don't know"),
                  {
                    field: {
                      kind: 'text',
                      name: 'capacity-building.2.evidence',
                      label: 'How do you know? (item 2)',
                      multiline: true,
                      lines: 4,
                    },
                  },
                ],
              },
              {
                cells: [
                  { runs: [{ text: 'Spanning note across four columns' }], span: 4, shade: true },
                  { field: { kind: 'checkbox', name: 'review.done', label: 'Reviewed', checked: true } },
                  { field: { kind: 'date', name: 'context.date', label: 'Date' } },
                ],
              },
            ],
          },
          {
            type: 'field',
            label: [{ text: 'Greatest strengths', bold: true }],
            field: {
              kind: 'text',
              name: 'reflection.greatest-strengths',
              label: 'Greatest strengths',
              multiline: true,
              lines: 5,
            },
          },
          { type: 'page-break' },
          { type: 'spacer', height: 24 },
          {
            type: 'paragraph',
            runs: [{ text: 'After the break: 5 < 6 & 7 > 3' }],
            align: 'right',
            scale: 1.2,
          },
        ],
      },
      {
        page: {
          size: 'a4',
          landscape: true,
          margins: { top: 40, right: 40, bottom: 40, left: 40 },
          fontSize: 12,
        },
        footer: { left: 'Second section', right: '{page} / {pages}' },
        blocks: [
          { type: 'heading', level: 3, runs: [{ text: 'Landscape appendix' }] },
          {
            type: 'table',
            columns: [1, 1],
            header: [],
            rows: [
              {
                cells: [
                  { runs: [{ text: 'Responsible' }] },
                  {
                    field: {
                      kind: 'text',
                      name: 'capacity-building.1.responsible',
                      label: 'Responsible',
                      multiline: false,
                    },
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}
