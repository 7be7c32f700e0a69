import { describe, expect, it } from 'vitest';
import { trendHtml } from '../../src/report/trend/trend-html.js';
import { trendNote, trendRows } from '../../src/report/trend/trend-rows.js';
import type { Trend } from '../../src/score/trend.js';

/** A three-round trend of one section, with or without the rubric's own section noun. */
function trend(labels?: Trend['labels']): Trend {
  const context = { districts: ['North'], schools: [], teams: [], dates: null };
  const round = (label: string) => ({
    label,
    rubric: 'x',
    edition: '2026',
    respondents: 1,
    context,
    aligned: 2,
    items: 2,
  });
  return {
    version: 1,
    rubric: { id: 'x', title: 'X', edition: '2026' },
    ...(labels ? { labels } : {}),
    scale: { min: 1, max: 4 },
    rounds: [round('fall'), round('winter'), round('spring')],
    overall: { means: [1, 2, 3], changes: [null, 1, 1] },
    ingredients: [{ id: 'a', title: 'Alpha', means: [1, 2, 3], changes: [null, 1, 1] }],
    crosswalks: [],
  } as Trend;
}

describe('a trend names sections in the last edition’s own word', () => {
  it('says Domain in the table head, the note and the HTML page when the rubric names domains', () => {
    const named = trend({ section: 'domain', sections: 'domains' });
    expect(trendRows(named).head[0]).toBe('Domain');
    expect(trendNote(named)).toContain('lies in the domain of the last edition');
    // What a reader sees or hears: text and aria-labels, not the style sheet's class names.
    const seen = trendHtml(named)
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]*aria-label="([^"]*)"[^>]*>/g, ' $1 ')
      .replace(/<[^>]+>/g, ' ');
    expect(seen).toContain('Mean per domain and round');
    expect(seen).not.toMatch(/ingredient/i);
  });

  it('keeps Ingredient for a rubric that names none (the shipped ones)', () => {
    expect(trendRows(trend()).head[0]).toBe('Ingredient');
    expect(trendHtml(trend())).toContain('Mean per ingredient');
  });
});
