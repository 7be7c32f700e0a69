import type { Level } from './rubric.generated.js';

/** Rating scales a new rubric can start from (`rubricate new --scale NAME`), best level first. */
export const SCALE_PRESETS: Readonly<Record<string, readonly Level[]>> = {
  // The scale of the earlier editions of the district self-assessments this project ships.
  'four-level': [
    { key: 'strength', label: 'Strength', value: 4, description: 'This is in place and working well.' },
    {
      key: 'ok-for-now',
      label: 'OK for now',
      value: 3,
      description: 'This is in place and adequate for now.',
    },
    {
      key: 'could-be-better',
      label: 'Could be better',
      value: 2,
      description: 'This is in place but needs improvement.',
    },
    {
      key: 'urgent-gap',
      label: 'Urgent gap',
      value: 1,
      description: 'This is missing or not working and needs attention now.',
    },
    {
      key: 'dont-know',
      label: "Don't know",
      value: null,
      description: 'There is not enough information to rate this.',
    },
  ],
  'five-level': [
    { key: 'fully-in-place', label: 'Fully in place', value: 5 },
    { key: 'mostly-in-place', label: 'Mostly in place', value: 4 },
    { key: 'partly-in-place', label: 'Partly in place', value: 3 },
    { key: 'just-starting', label: 'Just starting', value: 2 },
    { key: 'not-in-place', label: 'Not in place', value: 1 },
    { key: 'dont-know', label: "Don't know", value: null },
  ],
  'yes-no': [
    { key: 'yes', label: 'Yes', value: 1 },
    { key: 'no', label: 'No', value: 0 },
    { key: 'dont-know', label: "Don't know", value: null },
  ],
};
