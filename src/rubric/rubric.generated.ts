/* Generated from schema/rubric.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run npm run gen:types. */

export type Text = string;
/**
 * Lower-case letters, digits and hyphens.
 */
export type Slug = string;

/**
 * An assessment rubric kept as YAML by rubricate: metadata, a rating scale, ingredients (sections) with numbered items, and the worksheet kinds it offers.
 */
export interface Rubric {
  /**
   * Stable identifier of the rubric, e.g. 2020-assessment.
   */
  id: string;
  title: Text;
  subtitle?: Text;
  edition: Edition;
  source: Source;
  /**
   * Paragraphs printed before the items. **bold** and *italic* are honoured.
   */
  instructions?: Text[];
  scale: Scale;
  /**
   * Heading of the evidence column, e.g. 'How do you know?'.
   */
  evidencePrompt: string;
  /**
   * Columns of the action plan, in order.
   *
   * @minItems 1
   */
  planningColumns?: PlanningColumn[];
  /**
   * Vocabulary of tags that items may carry.
   */
  tags?: Slug[];
  /**
   * The sections (ingredients, or what labels.section names them), in printed order.
   *
   * @minItems 1
   */
  sections: Section[];
  /**
   * Closing prompts answered in free text (e.g. 'Overall Reflections & Next Steps').
   */
  reflectionPrompts?: ReflectionPrompt[];
  reflectionHeading?: Text;
  labels?: Labels;
  worksheets: Worksheets;
}
export interface Edition {
  /**
   * How the edition is printed, e.g. '2020' or '4/10/25'.
   */
  label: string;
  /**
   * Edition date as YYYY, YYYY-MM or YYYY-MM-DD.
   */
  date?: string;
}
export interface Source {
  /**
   * Who published the document, e.g. 'Attendance Works'.
   */
  publisher: string;
  /**
   * The document's title as published.
   */
  title: string;
  /**
   * How the publisher names the edition, e.g. '2021 edition' or 'LARGE CHARTS edition dated 4/10/25'.
   */
  edition?: string;
  /**
   * Publication date as YYYY, YYYY-MM or YYYY-MM-DD.
   */
  date?: string;
  url?: string;
  /**
   * What was done to the published text to make this rubric (e.g. that only printing and copying noise was fixed), for a reader who has the document.
   */
  note?: string;
}
export interface Scale {
  /**
   * Rating levels from best to worst as printed; value null marks a non-scored level such as Don't know.
   *
   * @minItems 2
   * @maxItems 10
   */
  levels: Level[];
  /**
   * Where the scale comes from, e.g. that the edition prints none and this is the scale of earlier editions. Kept as metadata: worksheets do not print it.
   */
  note?: string;
}
export interface Level {
  key: Slug;
  label: Text;
  value: number | null;
  description?: Text;
}
export interface PlanningColumn {
  key: Slug;
  label: Text;
  kind: 'text' | 'people' | 'date';
}
export interface Section {
  id: Slug;
  title: Text;
  description?: Text;
  /**
   * @minItems 1
   */
  items: Item[];
}
export interface Item {
  /**
   * Stable item id, <section-id>.<n>, e.g. capacity-building.3. Keep it when the item is renumbered.
   */
  id: string;
  /**
   * The printed number.
   */
  number: number;
  text: Text;
  /**
   * A starred (priority) item.
   */
  priority?: boolean;
  tags?: Slug[];
}
export interface ReflectionPrompt {
  id: Slug;
  number: number;
  text: Text;
}
/**
 * Words worksheets and reports use for the rubric's parts. A section is an 'ingredient' unless named otherwise.
 */
export interface Labels {
  /**
   * What one section is called, e.g. 'ingredient', 'domain', 'standard'.
   */
  section?: string;
  /**
   * The plural; the singular with an 's' when omitted.
   */
  sections?: string;
}
/**
 * The worksheet kinds this rubric offers, each with its settings.
 */
export interface Worksheets {
  'self-assessment'?: {
    title?: Text;
    priorityLegend?: Text;
  };
  'action-plan'?: {
    title?: Text;
    /**
     * Keys of planningColumns to print, in order (all when omitted).
     */
    columns?: Slug[];
  };
  'large-chart'?: {
    title?: Text;
    itemsPerChart?: number;
    pageSize?: '24x36' | 'tabloid' | 'letter' | 'a4' | 'legal';
    /**
     * Footer of each chart; {section}, {number} and {count} are replaced, e.g. '{section}: {number} of {count}'.
     */
    footer?: string;
    /**
     * Printed edition line, e.g. 'District Team Self-Assessment LARGE CHARTS: 4/10/25'.
     */
    editionLine?: string;
  };
}
