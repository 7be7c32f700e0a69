import { existsSync, readdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { checkCrosswalk } from '../crosswalk/check-crosswalk.js';
import { loadCrosswalk } from '../crosswalk/load-crosswalk.js';
import { type Diagnostic, UserError } from '../diagnostics/diagnostic.js';
import { sanitizeForDisplay } from '../diagnostics/sanitize.js';
import { fromRoot } from '../paths.js';
import type { Rubric } from '../rubric/rubric.generated.js';
import { withLabels } from '../rubric/section-labels.js';
import { checkNotMixed } from './check-pooling.js';
import { checkAllInputs, readInputArgs, rubricNamed } from './gather-inputs.js';
import { gatherRespondents } from './gather-respondents.js';
import type { ReportContext } from './report.js';
import { isRater, type Respondent } from './respondent.js';
import { contextOf, reportContext } from './respondent-context.js';
import { scaleLevels } from './scale-levels.js';
import { ratingsByItem, sideRubric } from './score-across-editions.js';
import { oneEditionRubric } from './score-inputs.js';
import { mean, round3 } from './statistics.js';

/** The fewest rounds a trend takes; two rounds are compared by `score --baseline` or `--crosswalk`. */
export const MIN_ROUNDS = 3;

/** `rubricate trend`: each ingredient's mean per round, in time order, on the last round's edition. */
export interface Trend {
  version: 1;
  /** The edition every round is shown on: the last round's. */
  rubric: { id: string; title: string; edition: string };
  /** Only when the last edition names its own sections: its noun for a section, as in the report. */
  labels?: { section: string; sections: string };
  /** The last edition's lowest and highest scored values. */
  scale: { min: number; max: number };
  rounds: TrendRound[];
  overall: Series;
  ingredients: (Series & { id: string; title: string })[];
  /** The crosswalks that carried earlier editions onto the last one, in the order given. */
  crosswalks: { file: string; old: string; new: string }[];
}

export interface TrendRound {
  label: string;
  rubric: string;
  edition: string;
  respondents: number;
  context: ReportContext;
  /** Items of the round's edition with a counterpart in the last edition, and all its items. */
  aligned: number;
  items: number;
}

export interface Series {
  /** One mean per round; null when nothing aligned was scored. */
  means: (number | null)[];
  /** The change from the round before (null for the first round, or when either mean is null). */
  changes: (number | null)[];
}

export interface TrendOptions {
  crosswalks: readonly string[];
  labels: readonly string[];
  /** Rubric files (--rubric) for rounds that answer a rubric rubricate does not ship. */
  rubrics?: readonly string[];
  allowMixed?: boolean;
  latest?: boolean;
}

interface Round {
  label: string;
  rubric: Rubric;
  respondents: Respondent[];
}

/**
 * Reads each round (a folder or a glob of one edition's responses, with the checks of `score`), carries
 * every earlier edition onto the last round's through the crosswalks given and the reviewed ones shipped
 * in rubrics/crosswalks/ (the shortest chain, e.g. 2020 → 2021 → 2025, of the ones given when they reach,
 * else of all), and
 * gives each ingredient's mean per round: every scored answer to a round item whose counterpart lies in
 * the ingredient, each answer counted once per ingredient; the change from round to round.
 */
export async function scoreTrend(
  args: readonly string[],
  options: TrendOptions,
): Promise<{ trend: Trend; warnings: Diagnostic[] }> {
  if (args.length < MIN_ROUNDS)
    throw new UserError(
      `trend takes ${MIN_ROUNDS} or more rounds, oldest first; compare two rounds of one edition with: rubricate score NOW... --baseline BEFORE..., or two editions with score --crosswalk`,
    );
  if (options.labels.length > 0 && options.labels.length !== args.length)
    throw new UserError(
      `${options.labels.length} --label for ${args.length} rounds; give one label per round, or none`,
    );
  const warnings: Diagnostic[] = [];
  const rounds: Round[] = [];
  const ownRubrics = await Promise.all((options.rubrics ?? []).map((file) => rubricNamed(file)));
  for (const [k, arg] of args.entries()) {
    const inputs = await readInputArgs([arg]);
    // A round answering a rubric given with --rubric (same id and edition) is scored with that file.
    const first = inputs[0]?.responses;
    const own = ownRubrics.find((r) => r.id === first?.rubric && r.edition.label === first?.edition);
    const rubric = own ?? (await oneEditionRubric(inputs));
    await checkAllInputs(inputs, rubric);
    if (!options.allowMixed) checkNotMixed(inputs);
    const gathered = gatherRespondents(inputs, options);
    warnings.push(...gathered.warnings);
    rounds.push({ label: options.labels[k] ?? roundLabel(arg), rubric, respondents: gathered.respondents });
  }
  const target = rounds[rounds.length - 1]!.rubric;
  const scale = scaleLevels(target);
  // A chain of the crosswalks given is taken first; the shipped ones fill in where the given lead nowhere.
  const given = await Promise.all(options.crosswalks.map((file) => loadEdge(file)));
  const shipped = await Promise.all(
    shippedCrosswalks().map((file) => loadEdge(file, relative(fromRoot(), file))),
  );
  const crosswalks = [...given, ...shipped];
  const used = new Set<Edge>();
  const ingredientOf = new Map(target.sections.flatMap((s) => s.items.map((i) => [i.id, s.id] as const)));
  const perRound = rounds.map((round) => {
    const mapping = mappingTo(round.rubric, target, [given, crosswalks], used);
    const ratings = ratingsByItem(round.rubric, round.respondents);
    const pooled = new Map<string, number[]>(target.sections.map((s) => [s.id, []]));
    const all: number[] = [];
    for (const [item, targets] of mapping) {
      const values = (ratings.get(item) ?? []).filter((v): v is number => v !== null);
      all.push(...values);
      for (const ingredient of new Set([...targets].map((t) => ingredientOf.get(t)!)))
        pooled.get(ingredient)!.push(...values);
    }
    const items = round.rubric.sections.reduce((n, s) => n + s.items.length, 0);
    return {
      round: {
        label: round.label,
        rubric: round.rubric.id,
        edition: round.rubric.edition.label,
        respondents: round.respondents.filter((r) => isRater(r)).length,
        context: reportContext(round.respondents.map((r) => contextOf(r.responses))),
        aligned: mapping.size,
        items,
      },
      overall: round3(mean(all)),
      ingredients: new Map([...pooled].map(([id, values]) => [id, round3(mean(values))])),
    };
  });
  warnings.push(
    ...orderWarnings(
      perRound.map((r) => r.round),
      args,
    ),
  );
  const trend: Trend = {
    version: 1,
    rubric: { id: target.id, title: target.title, edition: target.edition.label },
    ...withLabels(target),
    scale: { min: scale.min, max: scale.max },
    rounds: perRound.map((r) => r.round),
    overall: series(perRound.map((r) => r.overall)),
    ingredients: target.sections.map((s) => ({
      id: s.id,
      title: s.title,
      ...series(perRound.map((r) => r.ingredients.get(s.id) ?? null)),
    })),
    crosswalks: crosswalks.filter((c) => used.has(c)).map((c) => ({ file: c.file, old: c.from, new: c.to })),
  };
  for (const c of crosswalks) if (used.has(c)) warnings.push(...c.warnings);
  return { trend, warnings };
}

function series(means: (number | null)[]): Series {
  return {
    means,
    changes: means.map((m, k) => {
      const before = k === 0 ? null : means[k - 1]!;
      return m === null || before === null ? null : round3(m - before);
    }),
  };
}

/** A round's label: the folder's name, or for a glob the last folder before the first wildcard. */
export function roundLabel(arg: string): string {
  const parts = arg.split('/');
  const wild = parts.findIndex((p) => /[*?[]/.test(p));
  const fixed = wild < 0 ? arg : parts.slice(0, wild).join('/');
  const name = basename(resolve(fixed === '' ? '.' : fixed));
  return name.replace(/\.(ya?ml|pdf|docx|html?)$/i, '') || arg;
}

interface Edge {
  file: string;
  from: string;
  to: string;
  /** Old item id → new item ids. */
  items: Map<string, string[]>;
  warnings: Diagnostic[];
}

const editionKey = (rubric: Rubric) => `${rubric.id} ${rubric.edition.label}`;

/** The reviewed crosswalks shipped in rubrics/crosswalks/, by name. */
function shippedCrosswalks(): string[] {
  const dir = fromRoot('rubrics', 'crosswalks');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

async function loadEdge(file: string, shown = file): Promise<Edge> {
  const { loaded, diagnostics } = await loadCrosswalk(file);
  if (!loaded)
    throw new UserError(`${sanitizeForDisplay(file, 200)} is not a valid crosswalk`, 2, diagnostics);
  const [older, newer] = [await sideRubric(loaded.crosswalk.old), await sideRubric(loaded.crosswalk.new)];
  const problems = checkCrosswalk(loaded, older, newer);
  if (problems.some((d) => d.severity === 'error'))
    throw new UserError(
      `${sanitizeForDisplay(file, 200)} does not fit ${older.id} and ${newer.id}`,
      2,
      problems,
    );
  const items = new Map<string, string[]>();
  for (const entry of loaded.crosswalk.items)
    for (const id of entry.old) items.set(id, [...(items.get(id) ?? []), ...entry.new]);
  return { file: shown, from: editionKey(older), to: editionKey(newer), items, warnings: problems };
}

/**
 * Each item of a round's edition → its counterparts in the target edition: itself for the same edition,
 * else through the shortest chain of crosswalks, tried among each list of edges in turn. Items without a
 * counterpart are left out.
 */
function mappingTo(
  from: Rubric,
  target: Rubric,
  tries: readonly (readonly Edge[])[],
  used: Set<Edge>,
): Map<string, Set<string>> {
  const own = from.sections.flatMap((s) => s.items.map((i) => i.id));
  if (editionKey(from) === editionKey(target)) return new Map(own.map((id) => [id, new Set([id])]));
  let path: Edge[] | undefined;
  for (const edges of tries) path ??= chain(editionKey(from), editionKey(target), edges);
  if (!path)
    throw new UserError(
      `no crosswalk given or shipped leads from ${from.id} edition ${from.edition.label} to ${target.id} edition ${target.edition.label}; write one with: rubricate diff OLD NEW --crosswalk FILE, and pass it with --crosswalk`,
    );
  for (const edge of path) used.add(edge);
  const mapping = new Map<string, Set<string>>();
  for (const id of own) {
    let current = new Set([id]);
    for (const edge of path) current = new Set([...current].flatMap((i) => edge.items.get(i) ?? []));
    if (current.size > 0) mapping.set(id, current);
  }
  return mapping;
}

/** The shortest chain of crosswalks from one edition to another (breadth first), or undefined. */
function chain(from: string, to: string, edges: readonly Edge[]): Edge[] | undefined {
  const reached = new Map<string, Edge[]>([[from, []]]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (at === to) return reached.get(at);
    for (const edge of edges) {
      if (edge.from !== at || reached.has(edge.to)) continue;
      reached.set(edge.to, [...reached.get(at)!, edge]);
      queue.push(edge.to);
    }
  }
  return undefined;
}

/** A warning when a round lies wholly before the round given before it: rounds go oldest first. */
function orderWarnings(rounds: readonly TrendRound[], args: readonly string[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  rounds.forEach((round, k) => {
    const before = rounds[k - 1]?.context.dates;
    const now = round.context.dates;
    if (!before || !now || now.last >= before.first) return;
    found.push({
      file: args[k]!,
      line: 0,
      column: 0,
      severity: 'warning',
      code: 'trend/out-of-order',
      message: `round "${sanitizeForDisplay(round.label, 60)}" ends ${now.last}, before the round given before it began (${before.first}); give the rounds oldest first`,
    });
  });
  return found;
}
