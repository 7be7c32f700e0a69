import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import { writeOutput } from '../../src/io/write-output.js';

/**
 * Issue 11: writeOutput over odd output paths (control characters, very long names, paths under a file,
 * an existing folder, forced or not) either writes the whole file or throws one UserError of one line;
 * never another error (that would be exit 70), never a temporary file left behind.
 */
const segment = fc.oneof(
  fc.constantFrom('afile', 'folder', 'new', '.hidden', ' spaced ', 'é北😀'),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes('/') && s !== '.' && s !== '..'),
  fc.stringMatching(/^[\u0001-\u001f\u007f\u202e]{1,4}[a-z]{0,3}$/),
  fc.integer({ min: 200, max: 300 }).map((n) => 'L'.repeat(n)),
);

describe('writeOutput over odd paths', () => {
  it('writes the file or refuses in one line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        async (parts, force) => {
          const root = mkdtempSync(join(tmpdir(), 'rubricate-fuzz-'));
          writeFileSync(join(root, 'afile'), 'a plain file');
          const target = join(root, ...parts);
          const existed = existsSync(target);
          try {
            await writeOutput(target, 'content', { force });
          } catch (error) {
            expect(error, String((error as Error).stack)).toBeInstanceOf(UserError);
            expect((error as Error).message).not.toContain('\n');
            expect((error as Error).message).not.toMatch(/[\u0000-\u001f\u007f\u202e]/);
            if (existed && !force) expect((error as Error).message).toContain('already exists');
            return;
          }
          expect(existed && !force).toBe(false);
          expect(statSync(target).isFile()).toBe(true);
          expect(readFileSync(target, 'utf8')).toBe('content');
          expect(readdirSync(dirname(target)).filter((n) => n.startsWith('.rubricate-'))).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses a NUL in a path (only reachable from code, not argv) as a UserError', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rubricate-fuzz-'));
    await expect(writeOutput(join(root, 'a\u0000b', 'x.txt'), 'x')).rejects.toBeInstanceOf(UserError);
    await expect(writeOutput(join(root, 'a\u0000b.txt'), 'x')).rejects.toBeInstanceOf(UserError);
  });
});
