import { existsSync } from 'node:fs';
import { it } from 'vitest';
import { itWithPrograms } from '../helpers/external.js';

/** The system python, where python3-pypdf is installed (not a pyenv or venv one). */
export const PYTHON = '/usr/bin/python3';
/** The CJK font CI installs (fonts-droid-fallback), given to render with --font. */
export const DROID = '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf';
/** Pre-filled with --set and drawn with --font: the fillers leave it alone, every reader must still show it. */
export const CJK_DISTRICT = '東京都 学区';
export const CJK_RENDER = ['--font', DROID, '--set', `district=${CJK_DISTRICT}`];

/** The worksheets issue 17 fills: the 2025 self-assessment and the 2021 action plan. */
export const WORKSHEETS = [
  { rubric: '2025-large-chart', kind: 'self-assessment' },
  { rubric: '2021-planning', kind: 'action-plan' },
];

/** `itWithPrograms`, also needing the Droid font: skipped without it, except in CI, where it fails. */
export function itWith(...programs: string[]): typeof it {
  if (existsSync(DROID) || process.env.CI === 'true') return itWithPrograms(...programs);
  return it.skip;
}
