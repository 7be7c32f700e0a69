import type { Rubric } from './rubric.generated.js';

/** What a rubric calls its sections, singular and plural, lower case and capitalised. */
export interface SectionLabels {
  section: string;
  sections: string;
  Section: string;
  Sections: string;
}

/**
 * The rubric's own word for a section (`labels: { section: domain }`), "ingredient" when it names none; the
 * plural is `labels.sections`, else made by the usual English rule (domain → domains, strategy → strategies).
 */
export function sectionLabels(rubric: Pick<Rubric, 'labels'>): SectionLabels {
  const section = rubric.labels?.section ?? 'ingredient';
  const sections = rubric.labels?.sections ?? plural(section);
  return { section, sections, Section: capitalise(section), Sections: capitalise(sections) };
}

function plural(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

function capitalise(word: string): string {
  return word.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/**
 * `{ labels }` for a report or trend to spread in, only when the rubric names its own sections: shipped
 * rubrics name none, so their JSON stays as it was.
 */
export function withLabels(rubric: Pick<Rubric, 'labels'>): {
  labels?: { section: string; sections: string };
} {
  if (!rubric.labels) return {};
  const { section, sections } = sectionLabels(rubric);
  return { labels: { section, sections } };
}
