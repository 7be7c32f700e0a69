import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

// Issue 7: the 2025 self-assessment no larger than the plain pdf-lib form (bench/baselines) with the same
// embedded font. A size, not a time, so it is a test; the bench reports the speeds.
const DIR = mkdtempSync(join(tmpdir(), 'rubricate-pdf-size-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('PDF size', () => {
  it('the 2025 self-assessment is no larger than the pdf-lib baseline form', () => {
    const baseline = join(DIR, 'baseline.pdf');
    const ours = join(DIR, 'ours.pdf');
    execFileSync(process.execPath, [join(ROOT, 'bench/baselines/pdf-lib-form.mjs'), baseline]);
    execFileSync(process.execPath, [BIN, 'render', '2025', '--kind', 'self-assessment', '-o', ours], {
      stdio: 'ignore',
    });
    const sizes = { baseline: statSync(baseline).size, ours: statSync(ours).size };
    expect(sizes.baseline).toBeGreaterThan(100_000); // the baseline really embedded the font and the form
    expect(sizes.ours).toBeLessThanOrEqual(sizes.baseline);
  });
});
