/**
 * The small rubric the corpus is built on (schema/rubric.schema.json): two ingredients of two items,
 * the shipped four-level scale plus "don't know", both fillable worksheet kinds. Its line numbers are
 * relied on by the YAML cases, so edit with care.
 */
export const RUBRIC_YAML = `id: corpus-mini
title: Corpus rubric
edition:
  label: "1"
source:
  publisher: rubricate tests
  title: Corpus rubric
scale:
  levels:
    - key: strength
      label: Strength
      value: 4
    - key: ok-for-now
      label: OK for now
      value: 3
    - key: could-be-better
      label: Could be better
      value: 2
    - key: urgent-gap
      label: Urgent gap
      value: 1
    - key: dont-know
      label: Don't know
      value: null
evidencePrompt: How do you know?
planningColumns:
  - key: next-steps
    label: Next steps
    kind: text
sections:
  - id: capacity-building
    title: Capacity Building
    items:
      - id: capacity-building.1
        number: 1
        text: Our district has a team responsible for attendance.
      - id: capacity-building.2
        number: 2
        text: The team meets monthly.
  - id: actionable-data
    title: Actionable Data
    items:
      - id: actionable-data.1
        number: 1
        text: We look at chronic absence data every month.
      - id: actionable-data.2
        number: 2
        text: Data is shared with schools.
worksheets:
  self-assessment: {}
  action-plan: {}
`;

/** Line of `value: 4` (the strength level's value), which the number cases replace. */
export const STRENGTH_VALUE_LINE = 12;

/**
 * A responses file (schema/responses.schema.json) answering the shipped 2020 rubric, which `score` reads
 * with no other option. `rating` and `evidence` are capacity-building.1's (lines 9 and 10), as YAML source.
 */
export function responsesYaml(parts: { rating?: string; evidence?: string; tail?: string } = {}): string {
  return `rubric: 2020-assessment
edition: "2020"
kind: self-assessment
respondent:
  name: Alice Example
  role: Attendance lead
items:
  capacity-building.1:
    rating: ${parts.rating ?? 'strength'}
    evidence: ${parts.evidence ?? 'Solid structure, thin sourcing.'}
  capacity-building.2:
    rating: ok-for-now
    evidence: null
${parts.tail ?? ''}`;
}
