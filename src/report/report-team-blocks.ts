import type { Block } from '../document/model.js';
import type { Answer, ItemScore, PriorityScore, Report, TeamView } from '../score/report.js';
import { type CellContent, heading, paragraph, type TableColumn, table } from './report-blocks.js';
import { spreadFigure } from './report-figures.js';
import {
  formatMean,
  formatPercent,
  ingredientTitle,
  levelLabel,
  respondentName,
  scoredLevels,
} from './report-format.js';

/** The starred (priority) items with their means. */
export function priorityBlocks(report: Report, priority: PriorityScore): Block[] {
  return [
    heading(2, 'Starred items'),
    paragraph(`The rubric stars these items as priorities. Their mean: ${formatMean(priority.mean)}.`),
    table(
      [
        { head: 'Item', width: 2.2 },
        { head: 'Text', width: 6 },
        { head: 'Mean', width: 1, align: 'right' },
      ],
      priority.items.map((ref) => [itemName(report, ref.id, ref.number), ref.text, formatMean(ref.mean)]),
    ),
  ];
}

/** Items to discuss, most divergent first, with who rated what; agreement per ingredient. */
export function teamBlocks(report: Report, team: TeamView): Block[] {
  const blocks: Block[] = [
    heading(2, `Team view (${team.respondents} respondents)`),
    heading(3, 'To discuss'),
  ];
  if (team.toDiscuss.length === 0) {
    blocks.push(paragraph('No item has ratings two or more levels apart.'));
  } else {
    const spread = spreadFigure(report);
    blocks.push(
      paragraph('Items whose ratings lie two or more levels apart, most divergent first.'),
      ...(spread ? [spread] : []),
      table(
        [
          { head: 'Item', width: 5.4 },
          { head: 'Ratings', width: 4.6 },
          { head: 'Median', width: 1.1, align: 'right' },
          { head: 'Spread', width: 1.1, align: 'right' },
        ],
        team.toDiscuss.map((ref) => {
          const item = report.items.find((i) => i.id === ref.id);
          return [
            [{ text: itemName(report, ref.id, ref.number), bold: true }, { text: `\n${ref.text}` }],
            item ? ratings(report, item) : '',
            formatMean(ref.median),
            String(ref.spread),
          ];
        }),
      ),
    );
  }
  blocks.push(
    heading(3, 'Agreement per ingredient'),
    table(
      [
        { head: 'Ingredient', width: 4 },
        { head: 'Items compared', width: 1.5, align: 'right' },
        { head: 'Within one level', width: 1.5, align: 'right' },
      ],
      team.agreement.map((a) => [a.title, String(a.compared), formatPercent(a.agreement)]),
    ),
  );
  return blocks;
}

/**
 * Every item by ingredient, evidence under its text. A small team gets a column per member with the level's
 * value (Don't know spelled out), then the median and spread; a larger one a ratings column; one respondent
 * the rating.
 */
export function itemBlocks(report: Report): Block[] {
  const n = report.respondents.length;
  const perMember = n >= 2 && n <= MEMBER_COLUMNS;
  const columns: TableColumn[] = [
    { head: '#', width: 0.6, align: 'right' },
    { head: 'Item and evidence', width: n >= 2 ? 5.6 : 7 },
    ...(perMember
      ? report.respondents.map((r): TableColumn => ({ head: r.name, width: 1.3, align: 'center' }))
      : [{ head: n >= 2 ? 'Ratings' : 'Rating', width: n >= 2 ? 3.2 : 2.2 }]),
    ...(n >= 2
      ? [
          { head: 'Median', width: 1.2, align: 'right' as const },
          { head: 'Spread', width: 1.2, align: 'right' as const },
        ]
      : []),
  ];
  const levels = scoredLevels(report)
    .reverse()
    .map((l) => `${l.value} = ${l.label}`)
    .join(', ');
  const blocks: Block[] = [heading(2, 'Items')];
  if (perMember) blocks.push(paragraph(`Ratings: ${levels}.`));
  for (const ingredient of report.ingredients) {
    const rows = report.items
      .filter((i) => i.ingredient === ingredient.id)
      .map((item): CellContent[] => [
        String(item.number),
        itemText(report, item),
        ...(perMember ? item.answers.map((a) => shortRating(report, a)) : [ratings(report, item)]),
        ...(n >= 2 ? [formatMean(item.median), item.spread === null ? '—' : String(item.spread)] : []),
      ]);
    blocks.push(heading(3, ingredient.title), table(columns, rows));
  }
  return blocks;
}

/** Up to this many respondents, the items table has a column per member. */
const MEMBER_COLUMNS = 6;

function shortRating(report: Report, answer: Answer): string {
  if (answer.value !== null) return String(answer.value);
  return answer.rating === null ? '—' : levelLabel(report, answer.rating);
}

function itemText(report: Report, item: ItemScore): CellContent {
  const runs = [{ text: `${item.priority ? '★ ' : ''}${item.text}` }];
  for (const answer of item.answers) {
    if (answer.evidence === null) continue;
    const who = report.respondents.length >= 2 ? `${respondentName(report, answer.respondent)}: ` : '';
    runs.push({ text: `\n${who}${answer.evidence}` });
  }
  return runs.map((r, i) => (i === 0 ? r : { ...r, italic: true }));
}

/** One line per rating: "Name: Level" for a team, the level alone for one respondent. */
function ratings(report: Report, item: ItemScore): string {
  if (report.respondents.length < 2) {
    const answer = item.answers[0];
    return `${levelLabel(report, answer?.rating ?? null)}${answer?.value == null ? '' : ` (${answer.value})`}`;
  }
  return item.answers
    .map((a) => `${respondentName(report, a.respondent)}: ${levelLabel(report, a.rating)}`)
    .join('\n');
}

function itemName(report: Report, id: string, number: number): string {
  const item = report.items.find((i) => i.id === id);
  return `${item ? ingredientTitle(report, item.ingredient) : id} ${number}`;
}
