import type { Report } from '../../score/report.js';
import {
  answersLine,
  formatChange,
  formatMean,
  formatShare,
  plural,
  respondentName,
} from '../format-figures.js';
import { MAPPING_NOTE, roundLine, sourceLine } from '../report-format.js';
import { mdTable, mdText } from './markdown-text.js';

/** Items to discuss, most divergent first, with each member's rating; agreement per ingredient. */
export function mdTeam(report: Report): string[] {
  const { team } = report;
  if (!team) return [];
  const items = new Map(report.items.map((i) => [i.id, i]));
  const rows = team.toDiscuss.map((d) => [
    String(d.spread),
    formatMean(d.median),
    `\`${mdText(d.id)}\` ${mdText(d.text, 140)}`,
    answersLine(report, items.get(d.id)?.answers ?? [], mdText, ', '),
  ]);
  return [
    `### To discuss: ${team.toDiscuss.length} item${team.toDiscuss.length === 1 ? '' : 's'} rated two or more levels apart`,
    '',
    ...(rows.length > 0
      ? mdTable(['Spread', 'Median', 'Item', 'Ratings'], rows, [0, 1])
      : ['Nothing to discuss.']),
    '',
    'Agreement (share of items rated at most one level apart): ' +
      team.agreement.map((a) => `${mdText(a.title)} ${formatShare(a.agreement)}`).join(' · '),
    '',
  ];
}

/** The action plan: overdue, missing owner or date, then every entry by owner; reflections. */
export function mdPlan(report: Report): string[] {
  const plan = report.actionPlan;
  if (!plan) return [];
  const text = new Set((report.planningColumns ?? []).filter((c) => c.kind === 'text').map((c) => c.key));
  const row = (i: number) => {
    const e = plan.entries[i]!;
    return [
      `\`${mdText(e.item)}\``,
      mdText(e.owner ?? '–', 80),
      mdText(e.targetDate ?? '–', 30),
      e.columns
        .filter((c) => text.has(c.column))
        .map((c) => mdText(c.text, 160))
        .join(' / '),
    ];
  };
  const table = (indices: readonly number[]) =>
    mdTable(['Item', 'Responsible', 'Target date', 'Plan'], indices.map(row));
  const lines = [
    `### Action plan: ${plan.entries.length} entries · ${plan.overdue.length} overdue as of ${report.asOf} · ` +
      `${plan.missingOwner.length} without an owner · ${plan.missingDate.length} without a date`,
    '',
  ];
  for (const [title, indices] of [
    [`Overdue as of ${report.asOf}`, plan.overdue],
    ['Without an owner', plan.missingOwner],
    ['Without a target date', plan.missingDate],
    ['Target date not a date', plan.unreadableDate],
  ] as const) {
    if (indices.length > 0) lines.push(`**${title}**`, '', ...table(indices), '');
  }
  if (plan.entries.length > 0) {
    lines.push('<details><summary>Every entry by owner</summary>', '');
    for (const group of plan.byOwner)
      lines.push(`**${mdText(group.owner, 80)}**`, '', ...table(group.entries), '');
    lines.push('</details>', '');
  }
  const answered = plan.reflections.filter((r) => r.answers.length > 0);
  if (answered.length > 0) lines.push('<details><summary>Reflections</summary>', '');
  for (const r of answered) {
    lines.push(`**${r.number}. ${mdText(r.text, 400)}**`, '');
    lines.push(
      ...r.answers.map(
        (a) => `- *${mdText(respondentName(report, a.respondent), 80)}:* ${mdText(a.text, 2000)}`,
      ),
      '',
    );
  }
  if (answered.length > 0) lines.push('</details>', '');
  return lines;
}

/** Recommendations for the weakest ingredients. */
export function mdAdvice(report: Report): string[] {
  if (report.recommendations.length === 0) return [];
  const lines = ['### Recommendations for the weakest ingredients', ''];
  for (const rec of report.recommendations) {
    lines.push(`**${mdText(rec.title)}** (mean ${formatMean(rec.mean)})`, '');
    for (const a of rec.actions) {
      const tools = a.tools.length > 0 ? ` *Tools:* ${a.tools.map((t) => mdText(t, 120)).join('; ')}` : '';
      lines.push(`- ${mdText(a.strategyTitle)}: ${mdText(a.action, 600)}${tools}`);
    }
    for (const s of rec.advocacy) lines.push(`- Advocacy, ${mdText(s.title)}: ${mdText(s.text, 600)}`);
    if (rec.caveat) lines.push('', `> ${mdText(rec.caveat, 400)}`);
    lines.push('');
  }
  const sources = new Set(report.recommendations.flatMap((r) => r.sources).map(sourceLine));
  lines.push(mdText(MAPPING_NOTE, 400), '', ...[...sources].map((s) => `- Source: ${mdText(s, 400)}`), '');
  return lines;
}

/** Ratings compared with the earlier round of the same edition. */
export function mdBaseline(report: Report): string[] {
  const b = report.baseline;
  if (!b) return [];
  const byId = new Map(b.items.map((i) => [i.id, i]));
  const moved = b.moved.map((id) => byId.get(id)!);
  return [
    '### Compared with the earlier round (same edition)',
    '',
    `Before: ${mdText(roundLine(b.before.respondents, b.before.context), 400)}. Now: ${plural(b.now.respondents, 'respondent')}. ` +
      `Overall ${formatMean(b.overall.before)} → ${formatMean(b.overall.now)} (${formatChange(b.overall.change)}).`,
    '',
    ...mdTable(
      ['Ingredient', 'Before', 'Now', 'Change'],
      b.ingredients.map((i) => [
        mdText(i.title),
        formatMean(i.before),
        formatMean(i.now),
        formatChange(i.change),
      ]),
      [1, 2, 3],
    ),
    '',
    `**Items that moved two levels or more:** ${moved.length === 0 ? 'none.' : ''}`,
    '',
    ...(moved.length === 0
      ? []
      : mdTable(
          ['Item', 'Before', 'Now', 'Change', 'Text'],
          moved.map((i) => [
            `\`${mdText(i.id)}\``,
            formatMean(i.before),
            formatMean(i.now),
            formatChange(i.change),
            mdText(i.text, 140),
          ]),
          [1, 2, 3],
        )),
    '',
    '<details><summary>Every item before and now</summary>',
    '',
    ...mdTable(
      ['Item', 'Before', 'Now', 'Change'],
      b.items.map((i) => [
        `\`${mdText(i.id)}\``,
        formatMean(i.before),
        formatMean(i.now),
        formatChange(i.change),
      ]),
      [1, 2, 3],
    ),
    '',
    '</details>',
    '',
  ];
}

/** Ratings compared with the earlier edition. */
export function mdComparison(report: Report): string[] {
  const c = report.comparison;
  if (!c) return [];
  const lines = [
    `### Compared with \`${mdText(c.old.rubric)}\` ${mdText(c.old.edition)}`,
    '',
    ...(c.scalesComparable ? [] : ['**The two scales differ: means are on different scales.**', '']),
    ...mdTable(
      ['Ingredient', 'Before', 'After', 'Change', 'Compared'],
      c.ingredients.map((i) => [
        mdText(i.title),
        formatMean(i.oldMean),
        formatMean(i.newMean),
        formatChange(i.change),
        String(i.compared),
      ]),
      [1, 2, 3, 4],
    ),
    '',
    '<details><summary>Aligned items</summary>',
    '',
    ...mdTable(
      ['Old', 'New', 'Kind', 'Before', 'After', 'Change'],
      c.items.map((i) => [
        mdText(i.old.join(', ')),
        mdText(i.new.join(', ')),
        i.kind,
        formatMean(i.oldMean),
        formatMean(i.newMean),
        formatChange(i.change),
      ]),
      [3, 4, 5],
    ),
    '',
    '</details>',
    '',
  ];
  for (const [title, items] of [
    ['Only in the old edition', c.unaligned.old],
    ['Only in the new edition', c.unaligned.new],
  ] as const) {
    if (items.length > 0)
      lines.push(
        `**${title}:** ${items.map((i) => `\`${mdText(i.id)}\` (${formatMean(i.mean)})`).join(', ')}`,
        '',
      );
  }
  return lines;
}
