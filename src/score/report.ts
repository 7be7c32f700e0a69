import type { EditionComparison } from '../crosswalk/compare-editions.js';
import type { GroupBy } from './check-pooling.js';
import type { RoundComparison } from './compare-rounds.js';

/**
 * The scoring report: plain data made by scoreResponses and rendered by the report writers. Its JSON form is
 * published as schema/report.schema.json (documented in docs/report.md); keys are built in this order so that
 * the JSON is stable. Means are rounded to three decimals; null when nothing was scored.
 */
export interface Report {
  version: 2;
  rubric: { id: string; title: string; edition: string; hash: string };
  /** Who the respondents are: the districts, schools and teams their responses name, and the dates. */
  context: ReportContext;
  scale: { levels: ScaleLevel[]; min: number; max: number };
  /** The rubric's action-plan columns, in order; only present when it has some. */
  planningColumns?: PlanningColumnRef[];
  /** The day overdue action-plan entries are counted from; only present when the report has an action plan. */
  asOf?: string;
  respondents: RespondentSummary[];
  overall: Tally;
  ingredients: IngredientScore[];
  /** The starred (priority) items on their own; null when the rubric stars none. */
  priority: PriorityScore | null;
  items: ItemScore[];
  /** Only with two or more respondents. */
  team: TeamView | null;
  /** Only when some respondent filled planning columns or reflections. */
  actionPlan: ActionPlanView | null;
  recommendations: Recommendation[];
  /** Only with --crosswalk: ratings against an earlier edition. */
  comparison?: EditionComparison;
  /** Only with --baseline: ratings against an earlier round of the same edition. */
  baseline?: RoundComparison;
}

export interface ReportContext {
  /** Every district named, first spelling kept, in order of first appearance. */
  districts: string[];
  schools: string[];
  teams: string[];
  /** The first and last context date (YYYY-MM-DD); null when no response gives one. */
  dates: { first: string; last: string } | null;
}

/** `score --group-by`: one report per group and a roll-up across them (schema/report.schema.json). */
export interface GroupedReport {
  version: 2;
  groupBy: GroupBy;
  rubric: Report['rubric'];
  context: ReportContext;
  scale: Report['scale'];
  rollup: Rollup;
  groups: { label: string; report: Report }[];
}

export interface Rollup {
  /** One row per group, in the order of the groups: its figures side by side. */
  groups: {
    label: string;
    respondents: number;
    completion: number;
    mean: number | null;
    ingredients: { id: string; mean: number | null }[];
  }[];
  /** Every ingredient, weakest first: the mean of the groups' means, and in how many groups it is the lowest. */
  ingredients: { id: string; title: string; mean: number | null; lowestIn: number }[];
  /** Items answered Don't know (not scored) most often across groups, most first; at most ten. */
  dataGaps: {
    id: string;
    number: number;
    ingredient: string;
    text: string;
    notScored: number;
    groups: number;
  }[];
}

export interface ScaleLevel {
  key: string;
  label: string;
  /** null for a level that is not scored, such as Don't know. */
  value: number | null;
}

export interface PlanningColumnRef {
  key: string;
  label: string;
  kind: 'text' | 'people' | 'date';
}

/** Counts and mean over a set of answers. */
export interface Tally {
  mean: number | null;
  /** Answers on a scored level. */
  scored: number;
  /** Answers on a level without a value (Don't know). */
  notScored: number;
  /** Items left without a rating. */
  unanswered: number;
  /** (scored + notScored) / (scored + notScored + unanswered), in [0, 1]. */
  completion: number;
  /** How many answers fell on each level, in scale order. */
  distribution: LevelCount[];
}

export interface LevelCount {
  key: string;
  count: number;
}

export interface RespondentSummary {
  /** Position among the inputs, from 0; items' answers refer to it. */
  index: number;
  name: string;
  role: string | null;
  file: string;
  /** Every file merged into this respondent (a self-assessment and an action plan), in input order. */
  files: string[];
  kind: string | null;
  /** False for an action plan without ratings: it counts toward the action-plan view only. */
  rater: boolean;
  district: string | null;
  school: string | null;
  team: string | null;
  /** The context date, as YYYY-MM-DD when it reads as a date, else as written. */
  date: string | null;
  /** Over the respondent's own ratings; all zero (mean null) for one who does not rate. */
  overall: Tally;
  ingredients: { id: string; mean: number | null }[];
}

export interface ItemRef {
  id: string;
  number: number;
  text: string;
  mean: number | null;
}

export interface IngredientScore extends Tally {
  id: string;
  title: string;
  items: number;
  strongest: ItemRef[];
  weakest: ItemRef[];
}

export interface PriorityScore {
  mean: number | null;
  items: ItemRef[];
}

export interface Answer {
  respondent: number;
  /** The level key, or null when unanswered. */
  rating: string | null;
  value: number | null;
  evidence: string | null;
  /** Planning columns filled in, in the rubric's column order. */
  plan: { column: string; text: string }[];
}

export interface ItemScore {
  id: string;
  ingredient: string;
  number: number;
  text: string;
  priority: boolean;
  mean: number | null;
  median: number | null;
  /** Highest minus lowest scored level, counted in levels; null with fewer than two scored answers. */
  spread: number | null;
  scored: number;
  notScored: number;
  answers: Answer[];
}

export interface TeamView {
  respondents: number;
  /** Items whose scored answers lie two or more levels apart, most divergent first. */
  toDiscuss: DiscussItem[];
  /** Per ingredient: the share of items (with two or more scored answers) whose spread is at most one level. */
  agreement: { id: string; title: string; compared: number; agreement: number | null }[];
}

export interface DiscussItem extends ItemRef {
  median: number | null;
  spread: number;
}

/** One item's action-plan row from one respondent. */
export interface PlanEntry {
  item: string;
  number: number;
  ingredient: string;
  respondent: number;
  /** The text of the rubric's `people` column, trimmed; null when empty. */
  owner: string | null;
  /** The text of the rubric's `date` column, trimmed; null when empty. */
  targetDate: string | null;
  /** Every planning column filled in, in the rubric's order. */
  columns: { column: string; text: string }[];
}

export interface ActionPlanView {
  entries: PlanEntry[];
  /** Entries grouped by the responsible person or group as written (case and spacing ignored). */
  byOwner: { owner: string; entries: number[] }[];
  /** Indices into entries. */
  missingOwner: number[];
  missingDate: number[];
  /** Target dates that are not a date (read as score reads dates: 2026-03-15, 3/15/2026, March 15, 2026). */
  unreadableDate: number[];
  /** Entries whose target date is before asOf, oldest first. */
  overdue: number[];
  reflections: {
    id: string;
    number: number;
    text: string;
    answers: { respondent: number; text: string }[];
  }[];
}

export interface Recommendation {
  ingredient: string;
  title: string;
  mean: number | null;
  actions: { strategy: string; strategyTitle: string; action: string; tools: string[] }[];
  advocacy: { title: string; text: string }[];
  /** The published documents the actions, tools and advocacy steps are quoted from. */
  sources: RecommendationSource[];
  /** Said when fewer than half of the answers to the ingredient's items are rated; else null. */
  caveat: string | null;
}

export interface RecommendationSource {
  publisher: string;
  title: string;
  date: string;
  url: string | null;
}
