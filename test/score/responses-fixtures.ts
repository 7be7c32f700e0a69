import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

/** Item counts per ingredient of the shipped editions, in printed order. */
export const EDITIONS = {
  '2020-assessment': {
    edition: '2020',
    sections: {
      'capacity-building': 6,
      'actionable-data': 6,
      'positive-engagement': 5,
      'strategic-partnerships': 5,
      'adequate-equitable-resources': 6,
      'shared-accountability': 6,
    },
  },
  '2021-planning': {
    edition: '2021',
    sections: {
      'capacity-building': 6,
      'actionable-data': 6,
      'positive-engagement': 6,
      'strategic-partnerships': 5,
      'adequate-equitable-resources': 6,
      'shared-accountability': 6,
    },
  },
  '2025-large-chart': {
    edition: '4/10/25',
    sections: {
      'capacity-building': 8,
      'actionable-data': 7,
      'positive-engagement': 8,
      'strategic-partnerships': 8,
      'adequate-equitable-resources': 7,
      'shared-accountability': 7,
    },
  },
} as const;

export type RubricId = keyof typeof EDITIONS;

export interface Sheet {
  rubric?: RubricId;
  kind?: 'self-assessment' | 'action-plan' | 'large-chart';
  name?: string;
  role?: string;
  district?: string;
  school?: string;
  team?: string;
  date?: string;
  /** The rating of every item not in `ratings` (null: unanswered; undefined: no ratings at all). */
  all?: string | null;
  ratings?: Record<string, string | null>;
  /** Planning columns per item id. */
  plan?: Record<string, Record<string, string>>;
}

/** Every item id of an edition, in printed order. */
export function itemIds(rubric: RubricId): string[] {
  return Object.entries(EDITIONS[rubric].sections).flatMap(([section, count]) =>
    Array.from({ length: count }, (_, k) => `${section}.${k + 1}`),
  );
}

/** A responses YAML file as `rubricate init` and a person would write it. */
export function responsesYaml(sheet: Sheet): string {
  const rubric = sheet.rubric ?? '2025-large-chart';
  const items: Record<string, Record<string, string | null>> = {};
  for (const id of itemIds(rubric)) {
    const answer: Record<string, string | null> = {};
    if (sheet.all !== undefined || sheet.ratings?.[id] !== undefined)
      answer.rating = sheet.ratings?.[id] !== undefined ? sheet.ratings[id]! : (sheet.all ?? null);
    Object.assign(answer, sheet.plan?.[id] ?? {});
    items[id] = answer;
  }
  const context = Object.fromEntries(
    (['district', 'school', 'team', 'date'] as const).flatMap((k) => (sheet[k] ? [[k, sheet[k]]] : [])),
  );
  return stringify({
    rubric,
    edition: EDITIONS[rubric].edition,
    kind: sheet.kind ?? 'self-assessment',
    respondent: { name: sheet.name ?? null, role: sheet.role ?? null },
    ...(Object.keys(context).length > 0 ? { context } : {}),
    items,
  });
}

/** A fresh folder with these responses files (paths relative to it, folders made as needed). */
export function folderWith(files: Record<string, Sheet | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rubricate-score-'));
  for (const [path, sheet] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, typeof sheet === 'string' ? sheet : responsesYaml(sheet));
  }
  return dir;
}
