/* Generated from schema/responses.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run npm run gen:types. */

export type Answer = string | null;
/**
 * rating is a scale level key; evidence is free text; any other key is an action-plan column of the rubric (next-steps, responsible, target-date, resources, …).
 */
export type ItemAnswer = {
  rating?: Slug | null;
  evidence?: Answer;
  [k: string]: Answer | Slug | null | undefined;
} | null;
export type Slug = string;

/**
 * One respondent's answers to a rubric: ratings and evidence per item, action-plan entries, reflection answers. Written by `rubricate init` or `rubricate extract`, read by `rubricate score`.
 */
export interface Responses {
  /**
   * Id of the rubric answered, e.g. 2025-large-chart.
   */
  rubric: string;
  /**
   * Edition label of the rubric answered, e.g. 4/10/25.
   */
  edition: string;
  /**
   * SHA-256 of the rubric content the worksheet was made from (set by extract).
   */
  rubricHash?: string;
  kind?: 'self-assessment' | 'action-plan' | 'large-chart';
  respondent?: {
    name?: Answer;
    role?: Answer;
  };
  /**
   * Who the worksheet was for: district, school, team, date, facilitator, and any other context.<key> field a custom template adds.
   */
  context?: {
    district?: Answer;
    school?: Answer;
    team?: Answer;
    date?: Answer;
    facilitator?: Answer;
    [k: string]: Answer | undefined;
  };
  /**
   * Where these responses were read from (set by extract).
   */
  source?: {
    file: string;
    /**
     * How the answers were read: AcroForm fields, DOCX content-control tags, or DOCX controls in document order (when tags were lost, e.g. after LibreOffice re-saved the file).
     */
    method: 'yaml' | 'pdf-fields' | 'docx-tags' | 'docx-order' | 'html';
  };
  /**
   * Answers per item id (e.g. capacity-building.3).
   */
  items: {
    [k: string]: ItemAnswer;
  };
  /**
   * Answers to fields a custom template added that are neither context, respondent, item nor reflection answers, by full field name (e.g. extra.signature, capacity-building.3.comment); set by extract, kept but not scored (docs/fields.md).
   */
  extra?: {
    [k: string]: string | boolean | null;
  };
  /**
   * Answers to the reflection prompts, by prompt id.
   */
  reflections?: {
    [k: string]: Answer;
  };
}
