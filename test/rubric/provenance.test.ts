// Issue 15: shipped rubrics cite the published document in words a district reader understands, and the
// scale's provenance stays in the metadata instead of being printed on every handout.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument, offeredKinds } from '../../src/document/build-document.js';
import { loadRubric } from '../../src/rubric/load-rubric.js';
import { markdownOf } from '../../src/writers/markdown/write-markdown.js';
import { ROOT } from '../helpers/cli.js';

const IDS = ['2020-assessment', '2021-planning', '2025-large-chart'];

async function shipped(id: string) {
  return (await loadRubric(join(ROOT, 'rubrics', `${id}.yaml`))).loaded!.rubric;
}

describe('provenance of the shipped rubrics', () => {
  it.each(IDS)(
    '%s cites publisher, title, edition and date, and says what was done to the text',
    async (id) => {
      const { source } = await shipped(id);
      expect(source.publisher).toBe('Attendance Works');
      expect(source.title.length).toBeGreaterThan(10);
      expect(source.edition).toMatch(/edition/);
      expect(source.date).toMatch(/^20(20|21|25)/);
      expect(source.note).toMatch(/wording is exactly as published/);
      expect(source.note).toMatch(/noise was cleaned up/);
      // No path of the project's own working files, no file names a user does not have.
      expect(JSON.stringify(source)).not.toMatch(/shared\/|seeds\/|\.txt\b|extraction/);
    },
  );

  it.each(IDS)(
    '%s: no worksheet prints the scale note, every worksheet that rates lists the levels',
    async (id) => {
      const rubric = await shipped(id);
      expect(rubric.scale.note).toBeTruthy();
      for (const kind of offeredKinds(rubric)) {
        const text = markdownOf(buildDocument(rubric, { kind }));
        expect(text).not.toContain(rubric.scale.note!);
        expect(text).not.toMatch(/Chosen, not published/);
        if (kind !== 'action-plan')
          for (const level of rubric.scale.levels) expect(text).toContain(level.label);
      }
    },
  );
});
