import type { Block } from '../document/model.js';
import type { ItemScore, PriorityScore, Report, TeamView } from '../score/report.js';
import { type CellContent, heading, paragraph, type TableColumn, table } from './report-blocks.js';
import { formatMean, formatPercent, ingredientTitle, levelLabel, respondentName } from './report-format.js';

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
    blocks.push(
      paragraph('Items whose ratings lie two or more levels apart, most divergent first.'),
      table(
        [
          { head: 'Item', width: 2 },
          { head: 'Text', width: 4.5 },
          { head: 'Ratings', width: 3.5 },
          { head: 'Median', width: 1.1, align: 'right' },
          { head: 'Spread', width: 1.1, align: 'right' },
        ],
        team.toDiscuss.map((ref) => {
          const item = report.items.find((i) => i.id === ref.id);
          return [
            itemName(report, ref.id, ref.number),
            ref.text,
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

/** Every item by ingredient: ratings (and for a team, median and spread), evidence under the text. */
export function itemBlocks(report: Report): Block[] {
  const team = report.respondents.length >= 2;
  const columns: TableColumn[] = team
    ? [
        { head: '#', width: 0.6, align: 'right' },
        { head: 'Item and evidence', width: 6 },
        { head: 'Ratings', width: 3.2 },
        { head: 'Median', width: 1.1, align: 'right' },
        { head: 'Spread', width: 1.1, align: 'right' },
      ]
    : [
        { head: '#', width: 0.6, align: 'right' },
        { head: 'Item and evidence', width: 7 },
        { head: 'Rating', width: 2.2 },
      ];
  const blocks: Block[] = [heading(2, 'Items')];
  for (const ingredient of report.ingredients) {
    const rows = report.items
      .filter((i) => i.ingredient === ingredient.id)
      .map((item): CellContent[] =>
        team
          ? [
              String(item.number),
              itemText(report, item),
              ratings(report, item),
              formatMean(item.median),
              item.spread === null ? '—' : String(item.spread),
            ]
          : [String(item.number), itemText(report, item), ratings(report, item)],
      );
    blocks.push(heading(3, ingredient.title), table(columns, rows));
  }
  return blocks;
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
